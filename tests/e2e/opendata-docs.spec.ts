import { expect, test } from "@playwright/test";

test.describe("/donnees-ouvertes", () => {
  // Its axe audit and 320 px check are the "open data" template's in public-a11y.spec.ts.
  test("documents the API, the feeds and the widget, and every example link works", async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto("/donnees-ouvertes");
    await expect(page).toHaveTitle(
      "Données ouvertes — Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données ouvertes");
    await expect(
      page.getByRole("link", { name: "Licence Ouverte / Open Licence version 2.0" }),
    ).toHaveAttribute("href", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
    await expect(page.getByRole("link", { name: `${baseURL}/api/v1/openapi.json` })).toBeVisible();
    for (const collection of ["actions", "formations", "partners", "platforms", "fundings", "campuses"]) {
      await expect(page.getByRole("table", { name: `Paramètres de /api/v1/${collection}` })).toBeVisible();
    }
    // Filters are generated from the schemas: the accepted status codes are listed.
    await expect(
      page
        .getByRole("table", { name: "Paramètres de /api/v1/actions" })
        .getByRole("row", { name: /^status/ }),
    ).toContainText("projetee, en_cours, terminee");
    await expect(page.getByRole("figure", { name: "Code d’intégration du module" })).toContainText(
      `<iframe src="http://ti.localhost:${new URL(baseURL!).port}/widget/formations"`,
    );
    await expect(page.getByRole("link", { name: "Agenda de tous les campus" })).toHaveAttribute(
      "href",
      `${baseURL}/agenda.ics`,
    );
    await expect(page.getByRole("link", { name: "ti@cmq-bfc.org" })).toBeVisible();

    const hrefs = await page
      .locator(
        "main a[href*='/api/v1'], main a[href$='.ics'], main a[href$='.xml'], main a[href*='/widget/']",
      )
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      const host = url.host;
      url.hostname = "localhost"; // resolve <campus>.localhost through the Host header
      const response = await request.get(url.toString(), { headers: { Host: host } });
      expect(response.status(), href).toBe(200);
    }
  });
});
