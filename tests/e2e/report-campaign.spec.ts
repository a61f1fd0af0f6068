/**
 * The annual report in the browser: the coordinator downloads the DOCX and
 * the PDF, a DO is refused another campus's report, a DO writes a section
 * with its Markdown preview, the coordinator opens the next year's campaign
 * and sets its deadline, a DO follows it on their dashboard, submits and the
 * coordinator validates, and a validated edition becomes a public download.
 * Writes go to years no other test reads (2019, 2030, 2031). The campaign and
 * the edition tests run in this order: the back office follows the latest open
 * campaign, so 2019's is opened before the 2031 edition is validated and reopened.
 */
import { expect, test } from "@playwright/test";
import { COORDINATOR, doEmail, loadSession, pageWithSession } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";

/** Today in Paris, the day the portal counts deadlines from, as 2026-12-06. */
function parisToday(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

/** `iso` moved by `days` days, as 2027-01-05. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const frenchDay = (iso: string) =>
  new Intl.DateTimeFormat("fr-FR", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));

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
    page.getByRole("heading", { level: 1, name: "Bilan 2030 du CMQ Maroquinerie et Métiers d’Art" }),
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

test.describe.serial("the 2019 campaign, then the 2031 edition", () => {
  test("the coordinator opens the next year's campaign and sets its deadline; a DO follows it, submits, and the coordinator validates", async ({
    page,
    browser,
  }) => {
    // The report screen, without ?annee=, is on the year after the data, and lists every year.
    await loadSession(page, COORDINATOR);
    await page.goto("/admin/rapport");
    await expect(page.getByRole("heading", { level: 1, name: "Rapport annuel 2019" })).toBeVisible();
    const years = page.getByRole("navigation", { name: "Années" });
    await expect(years.getByRole("link", { name: "2019" })).toHaveAttribute("aria-current", "page");
    await expect(years.getByRole("link", { name: "2018" })).toBeVisible();
    await expect(page.getByText("La campagne 2019 n’est pas encore ouverte.")).toBeVisible();

    // One button, confirmed in French.
    const confirmation = page.waitForEvent("dialog").then(async (dialog) => {
      const message = dialog.message();
      await dialog.accept();
      return message;
    });
    await page.getByRole("button", { name: "Ouvrir la campagne 2019" }).click();
    expect(await confirmation).toMatch(
      /^Ouvrir la campagne du rapport 2019\u202F\? Chacun des six campus aura son bilan 2019 à rédiger/u,
    );
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "La campagne 2019 est ouverte : chaque campus a son bilan 2019 à rédiger." }),
    ).toBeVisible();

    // A past day is refused in French; a real future day is kept.
    const today = parisToday();
    const deadlineField = page.getByLabel("Date limite des bilans 2019");
    await deadlineField.fill(addDays(today, -1));
    await page.getByRole("button", { name: "Fixer la date limite" }).click();
    await expect(
      page.getByText(
        `La date limite ne peut pas être passée : choisissez le ${frenchDay(today)} ou plus tard.`,
      ),
    ).toBeVisible();
    const deadline = addDays(today, 30);
    await deadlineField.fill(deadline);
    await page.getByRole("button", { name: "Fixer la date limite" }).click();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: `La date limite du rapport 2019 est le ${frenchDay(deadline)}.` }),
    ).toBeVisible();
    const daysLeft = `Date limite : ${frenchDay(deadline)}, dans 30 jours.`;
    await page.reload();
    await expect(page.getByRole("region", { name: "Campagne 2019" }).getByText(daysLeft)).toBeVisible();
    await expectNoAxeViolations(page, "campagne ouverte");

    // The DO's dashboard: the deadline's days left and each section's state.
    const dOPage = await pageWithSession(browser, doEmail("itip"));
    await dOPage.goto("/admin");
    const chapter = dOPage.getByRole("region", { name: "Rapport annuel 2019" });
    await expect(chapter.getByText(daysLeft)).toBeVisible();
    await expect(chapter.getByText("Votre bilan : 7 à rédiger (sur 7 sections).")).toBeVisible();
    const sections = chapter.getByRole("list", { name: "Sections du bilan 2019" }).getByRole("listitem");
    await expect(sections).toHaveCount(7);
    await expect(sections.filter({ hasText: "Perspectives" })).toContainText("À rédiger");

    // The DO writes a section and submits it.
    await chapter.getByRole("link", { name: "Rédiger le bilan 2019" }).click();
    await dOPage
      .getByLabel("Perspectives", { exact: true })
      .fill("Perspectives 2019 rédigées par le test du navigateur.");
    await dOPage.getByRole("button", { name: "Enregistrer le bilan" }).click();
    await expect(
      dOPage.getByRole("status").filter({ hasText: "Le bilan 2019 du CMQ ITIP est enregistré." }),
    ).toBeVisible();
    dOPage.once("dialog", (dialog) => dialog.accept());
    await dOPage.getByRole("button", { name: "Soumettre les sections rédigées à la coordination" }).click();
    await expect(
      dOPage
        .getByRole("status")
        .filter({ hasText: "Les sections rédigées sont soumises à la coordination régionale." }),
    ).toBeVisible();
    await dOPage.goto("/admin");
    await expect(chapter.getByText("Votre bilan : 6 à rédiger, 1 soumise (sur 7 sections).")).toBeVisible();
    await expect(sections.filter({ hasText: "Perspectives" })).toContainText("Soumise");

    // The coordinator's dashboard says a section waits for validation; the coordinator validates it.
    await page.goto("/admin");
    const campaign = page.getByRole("region", { name: "Rapport annuel 2019" });
    await expect(campaign.getByText(daysLeft)).toBeVisible();
    await expect(campaign.getByText(/^1\s+section soumise attend votre validation\./u)).toBeVisible();
    await page.goto("/admin/rapport/2019/campus/itip");
    await page.getByRole("button", { name: "Valider « Perspectives »" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "L’état de la section est enregistré." }),
    ).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: "Suivi des sections" })
        .getByRole("listitem")
        .filter({ hasText: "Perspectives" }),
    ).toContainText("Validée");
    await dOPage.goto("/admin");
    await expect(sections.filter({ hasText: "Perspectives" })).toContainText("Validée");
    await expect(chapter.getByText("Votre bilan : 6 à rédiger, 1 validée (sur 7 sections).")).toBeVisible();
    await dOPage.context().close();
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
    await expect(page.getByRole("heading", { name: "Rapport d’activité 2031" })).toBeVisible();

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
});
