import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, doEmail, newAccount, signInThroughForm, signOut } from "./fixtures/auth";

test.describe("sign-in", () => {
  test("an anonymous visitor of /admin signs in and comes back to the page asked for", async ({ page }) => {
    await page.goto("/admin/actions?statut=en_cours");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fadmin%2Factions%3Fstatut%3Den_cours$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion à l’espace de gestion");
    await page.getByLabel("Adresse e-mail").fill(doEmail("ti"));
    await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/admin\/actions\?statut=en_cours$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions");
  });

  test("one generic message for a wrong password and for an unknown account, e-mail kept", async ({
    page,
  }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(doEmail("amf"));
    await page.getByLabel("Mot de passe", { exact: true }).fill("mauvais-mot-de-passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    const alert = page.getByRole("alert", { name: "Connexion impossible" });
    await expect(alert).toContainText("Adresse e-mail ou mot de passe incorrect.");
    await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue(doEmail("amf"));

    await page.getByLabel("Adresse e-mail").fill("personne.inconnue@cmq-bfc.org");
    await page.getByLabel("Mot de passe", { exact: true }).fill("mauvais-mot-de-passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("alert", { name: "Connexion impossible" })).toContainText(
      "Adresse e-mail ou mot de passe incorrect.",
    );
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("after ten failures for an account, sign-in is refused for a while", async ({ page }) => {
    const email = `inconnu.${Date.now().toString(36)}@cmq-bfc.org`;
    await page.goto("/connexion");
    const password = page.getByLabel("Mot de passe", { exact: true });
    for (let i = 0; i < 10; i++) {
      await page.getByLabel("Adresse e-mail").fill(email);
      await password.fill(`essai-${i}`);
      await page.getByRole("button", { name: "Se connecter" }).click();
      // The refused form comes back with the password emptied (and the e-mail kept).
      await expect(password).toHaveValue("");
      await expect(page.getByRole("alert", { name: "Connexion impossible" })).toContainText(
        "Adresse e-mail ou mot de passe incorrect.",
      );
    }
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
    await password.fill("encore");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("alert", { name: "Connexion impossible" })).toContainText(
      "Trop de tentatives, réessayez dans 15 minutes.",
    );
  });

  test("an external callbackUrl is ignored", async ({ page }) => {
    await page.goto("/connexion?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await page.getByLabel("Adresse e-mail").fill(doEmail("agt"));
    await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/admin$/);
  });

  test("the session cookie is the only cookie, and signing out revokes it on the server", async ({
    page,
    browser,
  }) => {
    // An account of its own: signing out must not end a session other tests share.
    const account = await newAccount(browser);
    await signInThroughForm(page, account.email, account.password);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toEqual(["authjs.session-token"]);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    await signOut(page);
    await expect(page.getByText("Vous êtes déconnecté.")).toBeVisible();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/connexion/);

    // The old cookie, replayed from elsewhere, no longer opens anything.
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const other = await replay.newPage();
    await other.goto("/admin");
    await expect(other).toHaveURL(/\/connexion/);
    await replay.close();
  });
});
