/**
 * The back office against axe (WCAG 2.2 A and AA rules), including forms
 * showing their errors, on a desktop (1280 px) and on a phone (375 px).
 */
import { expect, test, type Page } from "@playwright/test";
import { COORDINATOR, doEmail, loadSession } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";
import { createDraft, unique } from "./fixtures/backoffice";

/** Audits the page as it is at 1280 px, then at 375 px (the layout changes, the page is not reloaded). */
async function expectNoViolationsAtBothWidths(page: Page, label: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, `${label} (${width} px)`);
  }
}

test("the sign-in page, empty and refused", async ({ page }) => {
  await page.goto("/connexion");
  await expectNoViolationsAtBothWidths(page, "connexion");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert", { name: "Le formulaire contient des erreurs" })).toBeVisible();
  await expectNoViolationsAtBothWidths(page, "connexion avec erreurs");
});

// A DO's pages, in three tests that each keep to their own time budget.
const DO = doEmail("mma");

test("a DO's dashboard, action list and new action form with its errors", async ({ page }) => {
  await loadSession(page, DO);
  await page.goto("/admin");
  await expectNoViolationsAtBothWidths(page, "tableau de bord");
  await page.goto("/admin/actions");
  await expectNoViolationsAtBothWidths(page, "actions");
  await page.goto("/admin/actions/nouvelle");
  await page.getByRole("button", { name: "Ajouter des bénéficiaires" }).click();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert", { name: "Le formulaire contient des erreurs" })).toBeVisible();
  await expectNoViolationsAtBothWidths(page, "nouvelle action avec erreurs");
});

test("a DO's draft: edit page, preview, history", async ({ page }) => {
  await loadSession(page, DO);
  const campusId = (await (await page.request.get("/api/admin/campus")).json()).mma as string;
  const { id } = await createDraft(page.request, campusId, unique("Action accessible"));
  for (const path of [
    `/admin/actions/${id}`,
    `/admin/actions/${id}/apercu`,
    `/admin/actions/${id}/historique`,
  ]) {
    await page.goto(path);
    await expectNoViolationsAtBothWidths(page, path);
  }
});

for (const path of ["/admin/archives", "/admin/compte"]) {
  test(`a DO's page ${path}`, async ({ page }) => {
    await loadSession(page, DO);
    await page.goto(path);
    await expectNoViolationsAtBothWidths(page, path);
  });
}

// One test per page: each audit stands alone (and within its own time
// budget), and the pages spread over the workers.
const COORDINATOR_PAGES = [
  "/admin",
  "/admin/actions",
  "/admin/utilisateurs",
  "/admin/utilisateurs/nouveau",
  "/admin/organisations",
  "/admin/formations",
  "/admin/formations/nouvelle",
  "/admin/plateformes",
  "/admin/financements",
  "/admin/financements/nouveau",
  "/admin/gouvernance",
  "/admin/gouvernance/nouvelle",
  "/admin/campus",
  "/admin/campus/ti",
  "/admin/imports",
  "/admin/journal",
  "/admin/parametres",
];
for (const path of COORDINATOR_PAGES) {
  test(`the coordinator's page ${path}`, async ({ page }) => {
    await loadSession(page, COORDINATOR);
    await page.goto(path);
    await expectNoViolationsAtBothWidths(page, path);
  });
}

// A record's screen, reached from its list (the first row's link): the trail
// back to the list, the publication box of what the public site shows or the
// deletion box of a funding line or a meeting, audited like the lists.
const RECORD_LISTS = [
  { list: "/admin/organisations", box: "Publication" },
  { list: "/admin/formations", box: "Publication" },
  { list: "/admin/plateformes", box: "Publication" },
  { list: "/admin/financements", box: "Supprimer" },
  { list: "/admin/gouvernance", box: "Supprimer" },
];
for (const { list, box } of RECORD_LISTS) {
  test(`the coordinator's record page from ${list}`, async ({ page }) => {
    await loadSession(page, COORDINATOR);
    await page.goto(list);
    await page.getByRole("rowheader").first().getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${list}/[^/?]+$`));
    await expect(page.getByRole("navigation", { name: "Fil d’Ariane" }).getByRole("link")).toHaveAttribute(
      "href",
      list,
    );
    await expect(page.getByRole("region", { name: box, exact: true })).toBeVisible();
    await expectNoViolationsAtBothWidths(page, `${list}/…`);
  });
}
