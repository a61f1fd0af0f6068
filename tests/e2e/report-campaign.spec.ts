/**
 * The annual report in the browser: the coordinator downloads the DOCX and
 * the PDF, a DO is refused another campus's report, a DO writes a section
 * with its Markdown preview, and a validated edition becomes a public
 * download. Writes go to years no other test reads (2030, 2031).
 */
import { expect, test } from "@playwright/test";
import { COORDINATOR, doEmail, loadSession } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

test("the coordinator downloads the 2018 report as DOCX and PDF", async ({ page }) => {
  await loadSession(page, COORDINATOR);
  await page.goto("/admin/rapport?annee=2018");
  await expect(page.getByRole("heading", { level: 1, name: "Rapport annuel 2018" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "CMQ Territoire Intelligent" })).toBeVisible();
  // Indicators per campus, besides the region's: charts with their data table.
  const perCampus = page.getByRole("region", { name: "Indicateurs 2018 par campus" });
  const ti = perCampus.locator("details").filter({ hasText: "Indicateurs du CMQ Territoire Intelligent" });
  await ti.getByText("Indicateurs du CMQ Territoire Intelligent").click();
  await expect(ti.locator("figure").first()).toBeVisible();
  await expect(ti.locator("figure svg title").first()).not.toBeEmpty();

  for (const [label, file, magic] of [
    ["Word, DOCX", "rapport-activite-cmq-bfc-2018.docx", "PK"],
    ["PDF", "rapport-activite-cmq-bfc-2018.pdf", "%PDF"],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: `Télécharger le rapport 2018 (${label})` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(file);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect(body.subarray(0, magic.length).toString("latin1")).toBe(magic);
    expect(body.byteLength).toBeGreaterThan(50_000);
  }
});

test("a DO gets their own campus's report, 403 for another campus, and anonymous visitors 401", async ({
  page,
  playwright,
  baseURL,
}) => {
  await loadSession(page, doEmail("agt"));
  await page.goto("/admin/rapport?annee=2018");
  const own = await page.request.get("/api/rapport/2018.pdf?campus=agt");
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");
  expect(own.headers()["content-disposition"]).toContain('attachment; filename="bilan-2018-cmq-agt.pdf"');
  for (const url of [
    "/api/rapport/2018.pdf?campus=ti",
    "/api/rapport/2018.docx",
    "/api/rapport/2018.csv?campus=msi",
  ]) {
    expect((await page.request.get(url)).status(), url).toBe(403);
  }
  // The DO's page offers only their campus.
  await expect(page.getByRole("heading", { name: "Votre campus" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "CMQ Territoire Intelligent" })).toHaveCount(0);
  expect((await page.request.get("/admin/rapport/2018/campus/ti")).status()).toBe(404);

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/rapport/2018.pdf")).status()).toBe(401);
  expect((await anonymous.get("/api/rapport/2018.docx?campus=agt")).status()).toBe(401);
  await anonymous.dispose();
});

test("a DO writes a section with a Markdown preview", async ({ page }) => {
  const marker = `Perspective e2e ${Date.now().toString(36)}`;
  await loadSession(page, doEmail("mma"));
  await page.goto("/admin/rapport/2030/campus/mma");
  await expect(
    page.getByRole("heading", { level: 1, name: "Bilan 2030 du CMQ Maroquinerie et Métiers d'Art" }),
  ).toBeVisible();

  const field = page.getByLabel("Perspectives", { exact: true });
  await field.fill(`${marker} avec un mot en **gras**.\n\n- premier point\n- second point`);
  // The preview is live beside the text (the writing editor); it can be hidden.
  const preview = page.getByTestId("apercu-outlook");
  await expect(preview.locator("strong")).toHaveText("gras");
  await expect(preview.getByRole("listitem")).toHaveText(["premier point", "second point"]);

  await expectNoAxeViolations(page, "bilan avec aperçu");

  await page.getByRole("button", { name: "Enregistrer le bilan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Le bilan 2030 du CMQ MMA est enregistré." }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Perspectives", { exact: true })).toHaveValue(new RegExp(`^${marker}`));
});

test("the coordinator validates an edition, which becomes a public download, and reopens it with a reason", async ({
  page,
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/rapports/2031.pdf")).status()).toBe(404);
  // The published 2018 report is validated by the seed: downloadable from the start.
  const published = await anonymous.get("/rapports/2018.pdf");
  expect([published.status(), published.headers()["content-type"]]).toEqual([200, "application/pdf"]);

  await loadSession(page, COORDINATOR);
  await page.goto("/admin/rapport?annee=2031");
  await page.getByRole("button", { name: "Valider le rapport 2031" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le rapport 2031 est validé" })).toBeVisible();
  await expectNoAxeViolations(page, "rapport validé");

  const pdf = await anonymous.get("/rapports/2031.pdf");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-disposition"]).toContain("rapport-activite-cmq-bfc-2031.pdf");
  await page.goto("/rapports");
  await expect(page.getByRole("heading", { name: "Rapport d'activité 2031" })).toBeVisible();

  await page.goto("/admin/rapport?annee=2031");
  await page.getByRole("button", { name: "Rouvrir le rapport 2031" }).click();
  await expect(page.getByRole("alert", { name: "Le formulaire contient des erreurs" })).toContainText(
    "Indiquez la raison de la réouverture",
  );
  await page.getByLabel("Raison de la réouverture").fill("Test du navigateur : réouverture tracée.");
  await page.getByRole("button", { name: "Rouvrir le rapport 2031" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le rapport 2031 est rouvert" })).toBeVisible();
  await expect(page.getByText("raison : « Test du navigateur : réouverture tracée. »")).toBeVisible();
  expect((await anonymous.get("/rapports/2031.pdf")).status()).toBe(404);
  await anonymous.dispose();
});
