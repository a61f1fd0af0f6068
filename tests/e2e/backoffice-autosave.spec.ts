/**
 * Autosave and the draft preview: typed text survives a forced reload (the
 * form offers the working copy back), a real save clears it; an unpublished
 * action is previewed in its campus's own frame and colours under a
 * "Brouillon — non publié" banner.
 */
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { doEmail, loadSession } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";
import { createDraft, unique } from "./fixtures/backoffice";

const SHOTS = process.env.SHOTS_DIR;
const BODY = "Texte de la page de l’action (facultatif)";
const SAVED_AT = /Brouillon enregistré à \d{1,2}\u00a0h\u00a0\d{2}/;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function newDraft(page: Page, campus: "ti" | "msi" | "itip") {
  await loadSession(page, doEmail(campus));
  const campusId = (await (await page.request.get("/api/admin/campus")).json())[campus] as string;
  return createDraft(page.request, campusId, unique("Action en cours d'écriture"));
}

test("autosave keeps typed text through a forced reload; Restaurer brings it back, a save clears it", async ({
  page,
}) => {
  const { id } = await newDraft(page, "ti");
  // The unsaved-changes warning asks before a reload: the test says yes, as a DO could.
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto(`/admin/actions/${id}`);
  const body = page.getByRole("textbox", { name: BODY });
  await body.click();
  await page.keyboard.type("Une matinée de découverte des métiers du numérique.");
  await expect(page.getByRole("status").filter({ hasText: SAVED_AT })).toBeVisible({ timeout: 15_000 });

  await page.reload();
  const offer = page
    .getByRole("status")
    .filter({ hasText: "Un brouillon non enregistré existe pour ce formulaire." });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText(/Vos saisies du \d{1,2} \S+ \d{4} à \d{1,2}\u00a0h\u00a0\d{2}/);
  await expect(body).toHaveValue("");
  await expectNoAxeViolations(page, "offre de restauration");
  await offer.getByRole("button", { name: "Restaurer" }).click();
  await expect(body).toHaveValue("Une matinée de découverte des métiers du numérique.");
  await expect(offer).toHaveCount(0);

  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
  await page.reload();
  await expect(body).toHaveValue("Une matinée de découverte des métiers du numérique.");
  await expect(page.getByText("Un brouillon non enregistré existe")).toHaveCount(0);
});

test("Ignorer drops the working copy for good", async ({ page }) => {
  const { id } = await newDraft(page, "msi");
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto(`/admin/actions/${id}`);
  await page.getByRole("textbox", { name: "Résumé" }).fill("Un résumé tapé puis abandonné, assez long.");
  await expect(page.getByRole("status").filter({ hasText: SAVED_AT })).toBeVisible({ timeout: 15_000 });
  await page.reload();
  const offer = page.getByRole("status").filter({ hasText: "Un brouillon non enregistré existe" });
  await offer.getByRole("button", { name: "Ignorer" }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Résumé" })).toHaveValue(
    "Action créée pour un test du navigateur.",
  );
  await page.reload();
  await expect(page.getByText("Un brouillon non enregistré existe")).toHaveCount(0);
});

test("a draft is previewed in its campus's own frame and colours, under a « Brouillon — non publié » banner", async ({
  page,
}) => {
  const { id } = await newDraft(page, "itip");
  await page.goto(`/admin/actions/${id}/apercu`);
  await expect(page.getByRole("status").filter({ hasText: "Brouillon — non publié" })).toBeVisible();
  const frame = page.getByRole("region", { name: /^Aperçu de la page sur le site du / });
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(/Action en cours d[’']écriture/);
  const accent = await frame.locator("[data-site-accent]").getAttribute("style");

  // The same colour and header as the campus's own public pages.
  const publicPage = await page.context().newPage();
  await publicPage.goto("/itip");
  expect(await publicPage.locator("[data-site-accent]").first().getAttribute("style")).toBe(accent);
  const campusTitle = (
    await publicPage.getByRole("banner").locator("a").first().locator("span").last().innerText()
  ).trim();
  await publicPage.close();
  await expect(frame.getByRole("link", { name: campusTitle }).first()).toBeVisible();

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await shot(page, `apercu-brouillon-${width}`);
    await expectNoAxeViolations(page, `aperçu du brouillon (${width} px)`);
  }
  await page.getByRole("link", { name: "Revenir à la modification" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/actions/${id}$`));
  await shot(page, "modification-375");
  await expectNoAxeViolations(page, "page de modification (375 px)");
});
