import { expect, test } from "@playwright/test";
import {
  choosePasswordFromMail,
  COORDINATOR,
  doEmail,
  inviteThroughForm,
  loadSession,
  pageWithSession,
  signInThroughForm,
} from "./fixtures/auth";
import { passwordPathOf, waitForMail } from "./fixtures/mail";
import { createDraft, draftValues, unique } from "./fixtures/backoffice";

test.describe("the coordinator runs everything", () => {
  test("invites a DO by e-mail, who chooses a password and signs in; deactivation ends its session at once; a reset link lets it in again", async ({
    page,
    browser,
  }) => {
    // A whole journey, with sign-ins through the form (argon2 each): twice the default budget.
    test.setTimeout(120_000);
    await loadSession(page, COORDINATOR);
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Navigation de l’espace de gestion" })
      .getByRole("link", { name: "Comptes" })
      .click();
    await page.getByRole("link", { name: "Inviter une personne" }).click();
    const email = `${unique("do").replace(/\s/g, ".")}@exemple.fr`;
    await inviteThroughForm(page, email, "CMQ Automobile et Mobilités du Futur", "Camille Essai");
    await expect(page.getByText("Invitation en attente")).toBeVisible();

    // The invitation, read from the SMTP server: its link opens the password page.
    const invitation = await waitForMail(email);
    expect(invitation.subject).toBe("Votre compte sur le portail des CMQ de Bourgogne-Franche-Comté");
    expect(invitation.text).toContain("Bonjour Camille Essai,");
    const doContext = await browser.newContext();
    const doPage = await doContext.newPage();
    const password = "ma phrase de passe de test";
    await choosePasswordFromMail(doPage, passwordPathOf(invitation), password);
    await expect(doPage.getByRole("status")).toContainText("Votre mot de passe est enregistré");
    await signInThroughForm(doPage, email, password);
    await expect(doPage.getByRole("heading", { level: 1 })).toHaveText(
      "Tableau de bord — CMQ Automobile et Mobilités du Futur",
    );
    // The link served once.
    const spent = await browser.newContext();
    const spentPage = await spent.newPage();
    await spentPage.goto(passwordPathOf(invitation));
    await expect(spentPage.getByRole("heading", { level: 1 })).toHaveText("Lien expiré ou déjà utilisé");
    await spent.close();

    // Deactivated: the open session ends at the next request.
    await page.reload();
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Désactiver le compte" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Compte désactivé" })).toBeVisible();
    await doPage.goto("/admin/actions");
    await expect(doPage).toHaveURL(/\/connexion\?callbackUrl=%2Fadmin%2Factions$/);
    await doPage.getByLabel("Adresse e-mail").fill(email);
    await doPage.getByLabel("Mot de passe", { exact: true }).fill(password);
    await doPage.getByRole("button", { name: "Se connecter" }).click();
    await expect(doPage.getByRole("alert", { name: "Connexion impossible" })).toContainText(
      "Adresse e-mail ou mot de passe incorrect.",
    );

    // Reactivated; the coordinator sends a reset link and never types the password.
    await page.getByRole("button", { name: "Réactiver le compte" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Compte réactivé." })).toBeVisible();
    await page.getByRole("button", { name: "Envoyer un lien de réinitialisation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Lien envoyé par courriel." })).toBeVisible();
    const reset = await waitForMail(email, 2);
    await choosePasswordFromMail(doPage, passwordPathOf(reset), "une autre phrase de passe");
    await signInThroughForm(doPage, email, "une autre phrase de passe");
    await doContext.close();
  });

  test("imports organisations from a CSV file: preview with errors per row, then confirmation with progress", async ({
    page,
  }) => {
    await loadSession(page, COORDINATOR);
    await page.goto("/admin/imports");
    const a = unique("Atelier importé");
    const b = unique("Scierie importée");
    const csv = `nom;sigle;type;commune;departement\n${a};;Entreprise;Vesoul;70\n${b};;Entreprise;Gray;70\nSans type;;;;\n`;
    await page.getByLabel("Des organisations").check();
    await page
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: "organisations.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Prévisualiser l’import" }).click();
    await expect(page.getByText("3 lignes lues : 2 prêtes à importer, 1 en erreur.")).toBeVisible();
    const errorRow = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "4", exact: true }) });
    await expect(errorRow).toContainText("Erreur");
    await expect(errorRow).toContainText("Choisissez le type d’organisation.");
    // Nothing written yet.
    await page.goto(`/admin/organisations?q=${encodeURIComponent(a)}`);
    await expect(page.getByText("0 organisation", { exact: true })).toBeVisible();

    await page.goto("/admin/imports");
    await page.getByLabel("Des organisations").check();
    await page
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: "organisations.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Prévisualiser l’import" }).click();
    await page.getByRole("button", { name: "Importer les 2 lignes valides" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Import terminé : 2 créés, 0 mis à jour." }),
    ).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveAttribute("value", "2");
    await page.goto(`/admin/organisations?q=${encodeURIComponent(a)}`);
    await expect(page.getByRole("link", { name: a })).toBeVisible();
  });

  test("validates an organisation a DO proposed, and finds it in the audit log", async ({
    page,
    browser,
  }) => {
    const doPage = await pageWithSession(browser, doEmail("itip"));
    const campusId = (await (await doPage.request.get("/api/admin/campus")).json()).itip as string;
    const name = unique("Fonderie proposée");
    const values = {
      ...draftValues([campusId], unique("Visite de fonderie")),
      newPartners: [{ name, kind: "ENTREPRISE", city: "Belfort", website: "", role: "Accueil" }],
    };
    expect((await doPage.request.post("/api/admin/actions", { data: { values } })).status()).toBe(201);
    await doPage.context().close();

    await loadSession(page, COORDINATOR);
    await page.goto("/admin");
    await expect(page.getByText(/attend(ent)? votre validation/)).toBeVisible();
    await page.goto(`/admin/organisations?publication=draft&q=${encodeURIComponent(name)}`);
    await page.getByRole("link", { name }).click();
    await expect(page.getByText("Organisation en attente de validation.")).toBeVisible();
    await page.getByRole("button", { name: "Valider et publier" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Publié : visible sur le site public." }),
    ).toBeVisible();

    await page.getByRole("link", { name: "Historique de cette organisation dans le journal" }).click();
    await expect(page.getByText(`Organisation « ${name} » validée et publiée`)).toBeVisible();
    await expect(
      page.getByText(`Organisation « ${name} » proposée (en attente de validation)`),
    ).toBeVisible();
    await page.goto("/admin/journal?type=organisation");
    await expect(page.getByText(`Organisation « ${name} » validée et publiée`)).toBeVisible();
  });

  test("a campus form refuses an invalid address and keeps what was typed", async ({ page }) => {
    await loadSession(page, COORDINATOR);
    await page.goto("/admin/campus/agt");
    const form = page.getByRole("form", { name: "Présentation et contacts du campus" });
    await form.getByLabel("Adresse e-mail de contact").fill("pas-une-adresse");
    await form.getByLabel("Évolution prévue").fill("Texte saisi qui doit rester");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form.getByRole("alert", { name: "Le formulaire contient des erreurs" })).toContainText(
      "Saisissez une adresse e-mail valide.",
    );
    await expect(form.getByLabel("Adresse e-mail de contact")).toHaveValue("pas-une-adresse");
    await expect(form.getByLabel("Évolution prévue")).toHaveValue("Texte saisi qui doit rester");
  });

  test("a search with no match says so instead of showing an empty table", async ({ page }) => {
    await loadSession(page, COORDINATOR);
    await page.goto("/admin/formations?q=zzzzqqq");
    await expect(page.getByText("Aucune formation ne correspond à « zzzzqqq ».")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await page.goto("/admin/organisations?q=zzzzqqq");
    await expect(page.getByText("Aucune organisation ne correspond à ces critères.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("a DO gets a 404 on every page of the coordinator", async ({ page }) => {
    await loadSession(page, doEmail("ti"));
    const created = await createDraft(
      page.request,
      (await (await page.request.get("/api/admin/campus")).json()).ti,
      unique("Action du DO"),
    );
    expect(created.id).toBeTruthy();
    for (const path of [
      "/admin/utilisateurs",
      "/admin/utilisateurs/nouveau",
      "/admin/organisations",
      "/admin/formations",
      "/admin/plateformes",
      "/admin/financements",
      "/admin/gouvernance",
      "/admin/campus",
      "/admin/campus/ti",
      "/admin/imports",
      "/admin/journal",
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    expect((await page.request.get("/api/admin/imports/modele?type=formations")).status()).toBe(403);
    await expect(
      page
        .getByRole("navigation", { name: "Navigation de l’espace de gestion" })
        .getByRole("link", { name: "Comptes" }),
    ).toHaveCount(0);
  });
});
