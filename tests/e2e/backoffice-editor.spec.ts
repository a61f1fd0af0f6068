/**
 * The writing editor on an action's edit page: toolbar buttons and their
 * keyboard shortcuts write Markdown, the live preview reads as the public
 * page will, and the page stays at zero axe violations at 375 and 1280 px.
 */
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { doEmail, loadSession } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";
import { createDraft, unique } from "./fixtures/backoffice";

const SHOTS = process.env.SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

async function newDraft(page: Page, campus: "ti" | "agt" | "msi" = "ti") {
  await loadSession(page, doEmail(campus));
  const campusId = (await (await page.request.get("/api/admin/campus")).json())[campus] as string;
  return createDraft(page.request, campusId, unique("Action rédigée"));
}

/** Selects the text `part` of the textarea (its first occurrence). */
async function select(page: Page, label: string, part: string) {
  await page.getByLabel(label, { exact: true }).evaluate((el: HTMLTextAreaElement, text) => {
    const start = el.value.indexOf(text);
    el.focus();
    el.setSelectionRange(start, start + text.length);
  }, part);
}

const BODY = "Texte de la page de l’action (facultatif)";

test("toolbar buttons and keyboard shortcuts write Markdown, and the preview reads as the public page", async ({
  page,
}) => {
  // Typing, two audits and a save: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const { id } = await newDraft(page);
  await page.goto(`/admin/actions/${id}`);
  const body = page.getByLabel(BODY, { exact: true });
  const toolbar = page.getByRole("toolbar", { name: "Mise en forme du texte" });
  await expect(toolbar.getByRole("button")).toHaveText([
    "Gras",
    "Italique",
    "Intertitre",
    "Liste",
    "Lien",
    "Citation",
  ]);
  await expect(toolbar.getByRole("button", { name: "Gras" })).toHaveAttribute(
    "aria-keyshortcuts",
    "Control+B Meta+B",
  );

  // Ctrl+B on a selection, Ctrl+Shift+8 on a line, Ctrl+K on words.
  await body.fill("Un salon régional pour les lycéens");
  await select(page, BODY, "régional");
  await page.keyboard.press("Control+b");
  await expect(body).toHaveValue("Un salon **régional** pour les lycéens");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Lycée Niépce");
  await page.keyboard.press("Control+Shift+Digit8");
  await expect(body).toHaveValue("Un salon **régional** pour les lycéens\n\n- Lycée Niépce");
  await select(page, BODY, "Lycée Niépce");
  await page.keyboard.press("Control+k");
  // The address is selected: typing replaces it.
  await page.keyboard.type("https://example.org/niepce");
  await expect(body).toHaveValue(
    "Un salon **régional** pour les lycéens\n\n- [Lycée Niépce](https://example.org/niepce)",
  );

  // Toolbar buttons: a heading on an empty line (its placeholder selected), a quote.
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await toolbar.getByRole("button", { name: "Intertitre" }).click();
  await page.keyboard.type("Programme");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Une journée d'échanges");
  await toolbar.getByRole("button", { name: "Citation" }).click();
  await expect(body).toHaveValue(
    "Un salon **régional** pour les lycéens\n\n- [Lycée Niépce](https://example.org/niepce)\n\n## Programme\n\n> Une journée d'échanges",
  );
  // The browser's undo takes back the last edit.
  await page.keyboard.press("Control+z");
  await expect(body).toHaveValue(
    "Un salon **régional** pour les lycéens\n\n- [Lycée Niépce](https://example.org/niepce)\n\n## Programme\n\nUne journée d'échanges",
  );
  await toolbar.getByRole("button", { name: "Citation" }).click();

  // The toolbar is one tab stop; the arrow keys move inside it.
  await toolbar.getByRole("button", { name: "Gras" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Italique" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(toolbar.getByRole("button", { name: "Citation" })).toBeFocused();

  const preview = page.getByTestId("apercu-body");
  await expect(preview).toHaveAttribute("aria-live", "polite");
  await expect(preview.locator("strong")).toHaveText("régional");
  await expect(preview.getByRole("link", { name: "Lycée Niépce" })).toHaveAttribute(
    "href",
    "https://example.org/niepce",
  );
  await expect(preview.getByRole("heading", { level: 3 })).toHaveText("Programme");
  // The portal's French typography, as on the public pages: the typographic apostrophe.
  await expect(preview.locator("blockquote")).toContainText("Une journée d’échanges");
  const previewHtml = await preview.locator(".prose-cmq").innerHTML();

  await page.setViewportSize({ width: 1280, height: 900 });
  await body.scrollIntoViewIfNeeded();
  await shot(page, "editeur-1280");
  await expectNoAxeViolations(page, "page de modification avec l'éditeur (1280 px)");
  await page.setViewportSize({ width: 375, height: 800 });
  await body.scrollIntoViewIfNeeded();
  await shot(page, "editeur-375");
  await expectNoAxeViolations(page, "page de modification avec l'éditeur (375 px)");

  // Saved, the draft's preview page (the public page's components) draws the same HTML.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
  await page.goto(`/admin/actions/${id}/apercu`);
  const published = page.getByRole("region", { name: "Description" }).locator(".prose-cmq");
  expect(await published.innerHTML()).toBe(previewHtml);
});

test("without JavaScript the field is a plain textarea", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { id } = await newDraft(page, "agt");
  await page.goto(`/admin/actions/${id}`);
  await expect(page.getByLabel(BODY, { exact: true })).toBeVisible();
  await expect(page.getByRole("toolbar")).toHaveCount(0);
  await context.close();
});
