/** The back office against axe (WCAG 2.2 A and AA rules), including forms showing their errors. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { COORDINATOR, doEmail, signIn } from "./fixtures/auth";
import { createDraft, unique } from "./fixtures/backoffice";

async function expectNoViolations(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, label).toEqual([]);
}

test("the sign-in page, empty and refused", async ({ page }) => {
  await page.goto("/connexion");
  await expectNoViolations(page, "connexion");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert", { name: "Le formulaire contient des erreurs" })).toBeVisible();
  await expectNoViolations(page, "connexion avec erreurs");
});

test("a DO's pages: dashboard, list, action form with errors, edit, preview, history, archives, account", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, doEmail("mma"));
  await expectNoViolations(page, "tableau de bord");
  await page.goto("/admin/actions");
  await expectNoViolations(page, "actions");
  await page.goto("/admin/actions/nouvelle");
  await page.getByRole("button", { name: "Ajouter des bénéficiaires" }).click();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert", { name: "Le formulaire contient des erreurs" })).toBeVisible();
  await expectNoViolations(page, "nouvelle action avec erreurs");
  const campusId = (await (await page.request.get("/api/admin/campus")).json()).mma as string;
  const { id } = await createDraft(page.request, campusId, unique("Action accessible"));
  for (const path of [`/admin/actions/${id}`, `/admin/actions/${id}/apercu`, `/admin/actions/${id}/historique`, "/admin/archives", "/admin/compte"]) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }
});

test("the coordinator's pages", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, COORDINATOR);
  for (const path of ["/admin", "/admin/utilisateurs", "/admin/utilisateurs/nouveau", "/admin/organisations", "/admin/formations", "/admin/formations/nouvelle", "/admin/plateformes", "/admin/financements", "/admin/financements/nouveau", "/admin/gouvernance", "/admin/gouvernance/nouvelle", "/admin/campus", "/admin/campus/ti", "/admin/imports", "/admin/journal"]) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }
});
