/** What each page shows from the seeded 2018 report, and what the portal never does. */
import { expect, test } from "@playwright/test";
import { HUB, SEEDED, TI_HOST } from "./public-support";

test("the hub home shows the key figures and the latest actions", async ({ page }) => {
  await page.goto("/");
  const figures = page.getByRole("region", { name: "Chiffres clés" });
  await expect(figures.getByText("13", { exact: true })).toBeVisible();
  await expect(figures.getByRole("link", { name: "plateformes technologiques" })).toHaveAttribute(
    "href",
    "/plateformes",
  );
  await expect(
    page
      .getByRole("region", { name: /^Actions (en cours et à venir|des campus)$/ })
      .getByRole("heading", { level: 3 }),
  ).toHaveCount(6);
});

test("Les CMQ shows the governance, the 11 criteria and the two campus projects", async ({ page }) => {
  await page.goto("/les-cmq");
  await expect(page.getByRole("heading", { level: 3, name: /^Critère \d+ — / })).toHaveCount(11);
  await expect(page.getByRole("heading", { name: "Comité de Pilotage Régional des CMQ" })).toBeVisible();
  await expect(page.getByText("24 avril 2018 à Besançon")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Agro-équipement" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Logistique-Transport" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Structure porteuse et forme juridique de chaque campus" })
      .getByRole("row"),
  ).toHaveCount(7);
});

test("a campus home shows its porteur, roles, contact and social links", async ({ page }) => {
  await page.goto("/agt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Campus des Métiers et des Qualifications Alimentation, Goût, Tourisme",
  );
  const organisation = page.getByRole("region", { name: "Organisation" });
  await expect(organisation.getByText("Structure porteuse", { exact: true })).toBeVisible();
  await expect(organisation.getByText("Président", { exact: true })).toBeVisible();
  await expect(organisation.getByText("M. Franchini", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "agt@cmq-bfc.org" })).toHaveAttribute(
    "href",
    "mailto:agt@cmq-bfc.org",
  );
  // The strategy and the governance notes of the campus, from the data.
  await expect(page.getByRole("region", { name: "Stratégie" })).toContainText(
    "circonscrire les champs d’action",
  );
  await expect(organisation.locator(".prose-cmq")).toContainText("Franchini");
});

test("a campus's actions are grouped en cours / projetées / terminées, as in Annexe I", async ({ page }) => {
  await page.goto(`${TI_HOST}/actions`);
  // The report's 9 / 5 / 5, plus what the back-office journeys of this run may have published on TI.
  for (const [group, reported] of [
    ["en cours", 9],
    ["projetées", 5],
    ["terminées", 5],
  ] as const) {
    const heading = page.getByRole("heading", {
      level: 2,
      name: new RegExp(`^Actions ${group} \\(\\d+\\)$`),
    });
    await expect(heading).toBeVisible();
    const count = Number((await heading.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(count, group).toBeGreaterThanOrEqual(reported);
  }
});

test("an action page shows its status as a word, its campus, partners and body", async ({ page }) => {
  await page.goto(`/ti/actions/${SEEDED.action}`);
  const facts = page.locator("main dl");
  await expect(facts.getByText("Statut", { exact: true })).toBeVisible();
  await expect(facts.locator("dd").first()).toHaveText(/En cours$/);
  await expect(
    facts.getByRole("link", { name: "Campus des Métiers et des Qualifications Territoire Intelligent" }),
  ).toBeVisible();
  await expect(facts.getByRole("link", { name: "ENEDIS" })).toHaveAttribute("href", "/ti/partenaires/enedis");
  await expect(page.getByRole("heading", { level: 2, name: "Description" })).toBeVisible();
});

test("a co-owned action shows on each owning campus, and nowhere else", async ({ page }) => {
  await page.goto(`/mma/actions/${SEEDED.datedAction}`);
  await expect(page.locator("main dl").getByText("du 13 au 21 juin 2018")).toBeVisible();
  await expect(page.locator("main dl").getByText("(chef de file)")).toBeVisible();
  expect((await page.goto(`/ti/actions/${SEEDED.datedAction}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  // The 404 of a campus's address is the campus's own (its frame and its name in the title).
  await expect(page).toHaveTitle("Page introuvable — CMQ Territoire Intelligent");
});

test("an unknown address under a campus is a 404 that keeps the campus's header and leads back to it", async ({
  page,
}) => {
  expect((await page.goto("/ti/cette-page-n-existe-pas/vraiment"))?.status()).toBe(404);
  await expect(page).toHaveTitle("Page introuvable — CMQ Territoire Intelligent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page.getByRole("banner")).toContainText("Territoire Intelligent");
  await expect(page.getByRole("link", { name: "Revenir à l’accueil du campus" })).toHaveAttribute(
    "href",
    "/ti",
  );
  await expect(page.getByRole("link", { name: "Aller à l’accueil régional des campus" })).toHaveAttribute(
    "href",
    "/",
  );
});

test("every 404 is a whole French page without JavaScript: its title, header, message and ways back", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const t of [
    {
      url: `${HUB}/page-qui-n-existe-pas`,
      site: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    },
    {
      url: `${HUB}/formations/formation-inconnue`,
      site: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    },
    {
      url: `${HUB}/partenaires/partenaire-inconnu`,
      site: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    },
    { url: `${HUB}/ti/actions/action-inconnue`, site: "CMQ Territoire Intelligent" },
    { url: `${HUB}/ti/partenaires/partenaire-inconnu`, site: "CMQ Territoire Intelligent" },
    { url: `${TI_HOST}/actions/action-inconnue`, site: "CMQ Territoire Intelligent" },
  ]) {
    const response = await page.goto(t.url);
    expect(response?.status(), t.url).toBe(404);
    expect(await response?.headerValue("set-cookie"), t.url).toBeNull();
    await expect(page, t.url).toHaveTitle(`Page introuvable — ${t.site}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("link", { name: /^Revenir à l.accueil/ })).toBeVisible();
  }
  await context.close();
});

test("the partner page of AGT shows the conseil de perfectionnement by college", async ({ page }) => {
  await page.goto("/agt/partenaires");
  const council = page.getByRole("region", { name: "Conseil de perfectionnement" });
  await expect(council.getByRole("heading", { level: 3, name: /^Collège formation \(\d+\)$/ })).toBeVisible();
  await expect(
    council.getByRole("heading", { level: 3, name: /^Collège branches professionnelles/ }),
  ).toBeVisible();
  await expect(council.getByRole("heading", { level: 3, name: /^Collège institutionnels/ })).toBeVisible();
  await expect(council.getByRole("link", { name: "OPCALIM" })).toHaveAttribute(
    "href",
    "/agt/partenaires/opcalim",
  );
});

test("the 2018 report of a campus shows its narrative and its actions by status", async ({ page }) => {
  await page.goto("/ti/bilan/2018");
  await expect(page).toHaveTitle("Bilan 2018 — CMQ Territoire Intelligent");
  await expect(page.getByRole("heading", { level: 2, name: "Résumé" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Les actions de 2018 (19)" })).toBeVisible();
  expect((await page.goto("/ti/bilan/1999"))?.status()).toBe(404);
  expect((await page.goto("/ti/bilan/deux-mille"))?.status()).toBe(404);
});

test("the funders page shows who funds what and the amounts by year", async ({ page }) => {
  await page.goto("/financeurs");
  const table = page.getByRole("table", { name: /Montants attribuables à chaque année/ });
  const region = table.getByRole("row", { name: /Région Bourgogne-Franche-Comté/ });
  // « 15 K euros par campus a priori pour leurs trois premières années »: a total over three years,
  // never attributed to one year.
  await expect(region.getByRole("cell").nth(1)).toContainText("aucun montant connu");
  const pma = table.getByRole("row", { name: /Pays de Montbéliard Agglomération/ });
  await expect(pma.getByRole("cell").nth(0)).toHaveText("30\u202f000\u00a0€");
  await expect(pma.getByRole("cell").nth(1)).toHaveText("15\u202f000\u00a0€");
  await expect(table.getByRole("columnheader", { name: "2017" })).toBeVisible();
});

test("the map draws the eight départements, each a link to its list, with an equivalent table", async ({
  page,
}) => {
  await page.goto("/carte");
  // Eight départements (the other links are the communes' dots and the campuses' squares).
  await expect(page.locator("svg a:has(path)")).toHaveCount(8);
  await expect(page.locator('svg a:has(path)[href="#departement-25"]')).toHaveAttribute(
    "aria-label",
    /^Doubs\u00A0: \d+ — \d+\s+formations?, /,
  );
  await page.locator('svg a:has(path)[href="#departement-25"]').click();
  await expect(page).toHaveURL(/#departement-25$/);
  await expect(page.getByRole("heading", { level: 2, name: "Doubs (25)" })).toBeInViewport();
  await expect(
    page
      .getByRole("table", { name: "Formations, plateformes technologiques et partenaires par département" })
      .getByRole("row"),
  ).not.toHaveCount(0);
});

test("the footer links to the legal pages, open data and the directors' sign-in", async ({ page }) => {
  await page.goto(`${TI_HOST}/`);
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "Données ouvertes" })).toHaveAttribute(
    "href",
    `${HUB}/donnees-ouvertes`,
  );
  await expect(footer.getByRole("link", { name: "Espace des directeurs" })).toHaveAttribute(
    "href",
    "/connexion",
  );
  await expect(footer.getByRole("link", { name: "Accessibilité : partiellement conforme" })).toHaveAttribute(
    "href",
    `${HUB}/accessibilite`,
  );
});

test("the accessibility statement follows DINUM's form: status, test results, derogation, contact and recourse", async ({
  page,
}) => {
  await page.goto("/accessibilite");
  for (const name of [
    "État de conformité",
    "Résultats des tests",
    "Contenus non accessibles",
    "Établissement de cette déclaration",
    "Retour d’information et contact",
    "Voies de recours",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText("partiellement conforme", { exact: true })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Résultats de l’audit interne par thématique du RGAA 4.1" })
      .getByRole("row"),
  ).toHaveCount(14);
  await expect(page.getByRole("link", { name: "Rapports d’activité" }).first()).toHaveAttribute(
    "href",
    "/rapports",
  );
  await expect(page.getByRole("link", { name: "formulaire en ligne" })).toHaveAttribute(
    "href",
    "https://formulaire.defenseurdesdroits.fr/",
  );
  await expect(page.getByText("Libre réponse 71120, 75342 Paris CEDEX 07")).toBeVisible();
});

test("browsing sets no cookie and requests nothing from another site", async ({ page, context }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    const host = new URL(r.url()).hostname;
    if (host !== "localhost" && !host.endsWith(".localhost")) foreign.push(r.url());
  });
  for (const path of [
    "/",
    "/carte",
    `/formations/${SEEDED.formation}`,
    "/recherche?q=energie",
    `${TI_HOST}/`,
    `${TI_HOST}/actions/${SEEDED.action}`,
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
