/**
 * "Mot de passe oublié ?" end to end: the mail is read from the real SMTP
 * server of the run (fixtures/mail-server.ts), its link followed.
 */
import { expect, test } from "@playwright/test";
import { choosePasswordFromMail, newAccount, signInThroughForm } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";
import { unique } from "./fixtures/backoffice";
import { mailsTo, passwordPathOf, waitForMail } from "./fixtures/mail";

const ANSWER =
  "Si un compte actif correspond à cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé.";

async function askForLink(page: import("@playwright/test").Page, email: string) {
  await page.goto("/connexion");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page).toHaveURL(/\/connexion\/mot-de-passe-oublie$/);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByRole("status")).toContainText(ANSWER);
}

test("a forgotten password: the link from the mail sets a new one and closes the old sessions", async ({
  page,
  browser,
}) => {
  // A whole journey, with sign-ins through the form (argon2 each): twice the default budget.
  test.setTimeout(120_000);
  const account = await newAccount(browser);
  // A session open elsewhere before the reset.
  const elsewhere = await browser.newContext();
  const oldSession = await elsewhere.newPage();
  await signInThroughForm(oldSession, account.email, account.password);

  await askForLink(page, account.email);
  const mail = await waitForMail(account.email, 2);
  expect(mail.subject).toContain("Réinitialiser votre mot de passe");
  expect(mail.text).toContain("valable jusqu’au");
  await page.goto(passwordPathOf(mail));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisir un nouveau mot de passe");
  await expectNoAxeViolations(page, "choisir un nouveau mot de passe");
  await choosePasswordFromMail(page, passwordPathOf(mail), "nouvelle phrase après oubli");
  await expect(page.getByRole("status")).toContainText("vos autres sessions sont fermées");
  await signInThroughForm(page, account.email, "nouvelle phrase après oubli");

  await oldSession.goto("/admin");
  await expect(oldSession).toHaveURL(/\/connexion/);
  await elsewhere.close();

  // The old password no longer works; the link served once.
  const again = await browser.newContext();
  const other = await again.newPage();
  await other.goto("/connexion");
  await other.getByLabel("Adresse e-mail").fill(account.email);
  await other.getByLabel("Mot de passe", { exact: true }).fill(account.password);
  await other.getByRole("button", { name: "Se connecter" }).click();
  await expect(other.getByRole("alert", { name: "Connexion impossible" })).toBeVisible();
  await other.goto(passwordPathOf(mail));
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Lien expiré ou déjà utilisé");
  await again.close();
});

test("a missing address gets the same answer and no mail", async ({ page, browser }) => {
  const account = await newAccount(browser);
  const missing = `${unique("absent").replace(/\s/g, ".")}@exemple.fr`;
  await askForLink(page, missing);
  // A request for an existing account, made after: once its mail is in, the first one would be too.
  await askForLink(page, account.email);
  await waitForMail(account.email, 2);
  expect(await mailsTo(missing)).toEqual([]);
});

for (const width of [375, 1280]) {
  test(`the password pages have no axe violation at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/connexion/mot-de-passe-oublie");
    await expectNoAxeViolations(page, "mot de passe oublié");
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    await expect(page.getByRole("alert", { name: "Le formulaire contient des erreurs" })).toBeVisible();
    await expectNoAxeViolations(page, "mot de passe oublié, erreur");
    await page.goto(`/connexion/mot-de-passe/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lien expiré ou déjà utilisé");
    await expectNoAxeViolations(page, "lien expiré");
  });
}
