import { expect, test } from "@playwright/test";
import { COORDINATOR, doEmail, pageWithSession, loadSession } from "./fixtures/auth";
import { actionIdFromUrl, hostUrl, slugOf, unique } from "./fixtures/backoffice";

test.describe("a DO manages the actions of their campus", () => {
  test("create with validation errors, preview the draft, publish (visible by path and by host), edit, archive, restore, revert", async ({
    page,
    request,
  }) => {
    // A whole journey, each step checked on the public site by path and by host: twice the default budget.
    test.setTimeout(120_000);
    await loadSession(page, doEmail("ti"));
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tableau de bord — CMQ Territoire Intelligent",
    );
    await page.getByRole("link", { name: "Créer une action" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer une action");

    const title = unique("Atelier domotique");
    const slug = slugOf(title);
    await page.getByLabel("Titre").fill(title);
    await page.getByLabel("Résumé").fill("Court");
    await page.getByLabel("Terminée").check();
    await page.getByRole("button", { name: "Enregistrer" }).click();

    // Errors: a summary linking to each field, messages next to the fields, nothing typed lost.
    const summary = page.getByRole("alert", { name: "Le formulaire contient des erreurs" });
    await expect(summary).toBeVisible();
    await expect(
      summary.getByRole("link", { name: "Une action terminée doit avoir une date ou une année de fin." }),
    ).toBeVisible();
    await expect(summary.getByRole("link", { name: /au moins 10 caractères/ })).toBeVisible();
    await expect(page.getByLabel("Titre")).toHaveValue(title);
    const end = page.getByLabel("Fin");
    await expect(end).toHaveAttribute("aria-invalid", "true");
    await expect(end).toHaveAccessibleDescription(
      /Une action terminée doit avoir une date ou une année de fin/,
    );
    await summary
      .getByRole("link", { name: "Une action terminée doit avoir une date ou une année de fin." })
      .click();
    await expect(end).toBeFocused();

    await page.getByLabel("Résumé").fill("Des ateliers de domotique pour les collégiens de la métropole.");
    await page.getByLabel("Début").fill("01/2026");
    await end.fill("06/2026");
    await page.getByRole("button", { name: "Ajouter des bénéficiaires" }).click();
    await page.getByLabel("Nombre (ligne 1)").fill("45");
    await page.getByLabel("Unité (ligne 1)").selectOption("ELEVES");
    await page.getByLabel("Précision (ligne 1)").fill("collégiens de 4e");
    await page.getByLabel("Rechercher dans l’annuaire").fill("Dijon Métropole");
    await page.getByRole("button", { name: "Ajouter ce partenaire" }).click();
    await page.getByRole("button", { name: "Ajouter un lien" }).click();
    await page.getByLabel("Intitulé du lien 1").fill("Programme des ateliers");
    await page.getByLabel("Adresse du lien 1").fill("https://example.org/ateliers");
    await page.getByRole("button", { name: "Enregistrer" }).click();

    await expect(page.getByRole("status").filter({ hasText: "Action créée." })).toBeVisible();
    const id = actionIdFromUrl(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    // A draft is invisible to the public, but the DO previews it as it will look.
    expect((await request.get(`/ti/actions/${slug}`)).status()).toBe(404);
    await page.getByRole("link", { name: "Aperçu de la page publique" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Le public ne voit pas encore cette action.")).toBeVisible();
    await expect(page.getByText("45\u00A0collégiens de 4e")).toBeVisible();
    await page.getByRole("link", { name: "Revenir à la modification" }).click();

    // Publish: visible at once on the sub-site, by path and by host.
    await page.getByRole("button", { name: "Publier" }).click();
    await expect(page.getByRole("status").filter({ hasText: "L’action est publiée" })).toBeVisible();
    const byPath = await request.get(`/ti/actions/${slug}`);
    expect(byPath.status()).toBe(200);
    expect(await byPath.text()).toContain(title);
    await page.goto(hostUrl("ti", `/actions/${slug}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    // The campus's list (every action, grouped by status) links to it too.
    expect(await (await request.get("/ti/actions")).text()).toContain(title);

    // Edit a published action: the change is public at once.
    await page.goto(`/admin/actions/${id}`);
    await page.getByLabel("Résumé").fill("Des ateliers de domotique pour les collégiens, au collège Rameau.");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
    expect(await (await request.get(`/ti/actions/${slug}`)).text()).toContain("au collège Rameau");

    // Archive (soft delete): gone from the public site, listed in the archives, restored as a draft.
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Archiver" }).click();
    await expect(page.getByRole("status").filter({ hasText: "L’action est archivée." })).toBeVisible();
    expect((await request.get(`/ti/actions/${slug}`)).status()).toBe(404);
    await page
      .getByRole("navigation", { name: "Navigation de l’espace de gestion" })
      .getByRole("link", { name: "Archives" })
      .click();
    const row = page.getByRole("row").filter({ hasText: title });
    await row.getByRole("button", { name: "Restaurer" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Élément restauré comme brouillon" }),
    ).toBeVisible();
    await page.goto(`/admin/actions/${id}`);
    await expect(page.getByText("Brouillon").first()).toBeVisible();

    // History: readable diffs, and a revert to the first version as a new version.
    await page.getByRole("link", { name: "Historique des modifications" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Version 1 — Création/ })).toBeVisible();
    const update = page
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { name: /Version 3 — Modification/ }) });
    await expect(
      update.getByText("Des ateliers de domotique pour les collégiens, au collège Rameau."),
    ).toBeVisible();
    let question = "";
    page.once("dialog", (dialog) => {
      question = dialog.message();
      return dialog.accept();
    });
    await page.getByRole("button", { name: "Revenir à la version 1" }).click();
    // A draft: nothing public changes, and the confirmation does not pretend otherwise.
    await expect.poll(() => question).toContain("L’état actuel reste dans l’historique.");
    expect(question).not.toContain("page publique");
    await expect(
      page.getByRole("status").filter({ hasText: "Le contenu de la version 1 est rétabli." }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: /Version 6 — Retour à une version antérieure \(version actuelle\)/,
      }),
    ).toBeVisible();
    await page.goto(`/admin/actions/${id}`);
    await expect(page.getByLabel("Résumé")).toHaveValue(
      "Des ateliers de domotique pour les collégiens de la métropole.",
    );
  });

  test("two people save the same action: the second sees the differences and reapplies their changes", async ({
    page,
    browser,
  }) => {
    await loadSession(page, doEmail("msi"));
    await page.goto("/admin/actions/nouvelle");
    const title = unique("Action partagée");
    await page.getByLabel("Titre").fill(title);
    await page.getByLabel("Résumé").fill("Un résumé de départ assez long pour être valide.");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Action créée." })).toBeVisible();
    const id = actionIdFromUrl(page);

    // The coordinator opens the same action and saves a new summary first.
    const other = await pageWithSession(browser, COORDINATOR);
    await other.goto(`/admin/actions/${id}`);
    await page.reload();

    await other.getByLabel("Résumé").fill("Résumé réécrit par la coordination régionale.");
    await other.getByRole("button", { name: "Enregistrer" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();

    // The DO, still on version 1, changes the title and saves: conflict, nothing overwritten.
    await page.getByLabel("Titre").fill(`${title} (titre du DO)`);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const conflict = page.getByRole("alert", { name: "Modification concurrente" });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText("Coordination régionale");
    const summaryRow = conflict
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Résumé" }) });
    await expect(summaryRow).toContainText("Résumé réécrit par la coordination régionale.");
    await expect(summaryRow).toContainText("Un résumé de départ assez long pour être valide.");
    await expect(
      conflict.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Titre/ }) }),
    ).toContainText("modifié par vous");

    await conflict.getByRole("button", { name: "Reprendre mes modifications sur leur version" }).click();
    await expect(page.getByText("Vos modifications sont reprises sur la version 2.")).toBeVisible();
    await expect(page.getByLabel("Résumé")).toHaveValue("Résumé réécrit par la coordination régionale.");
    await expect(page.getByLabel("Titre")).toHaveValue(`${title} (titre du DO)`);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (titre du DO)`);
    await expect(page.getByLabel("Résumé")).toHaveValue("Résumé réécrit par la coordination régionale.");
    await other.context().close();
  });

  test("on an action co-owned with another campus, that campus's row stays as it is for the DO", async ({
    page,
  }) => {
    await loadSession(page, doEmail("mma"));
    await page.goto("/admin/actions?q=ESPE");
    await page
      .getByRole("link", { name: /ESPE de Besançon/ })
      .first()
      .click();
    await expect(page.getByLabel("Titre")).toBeVisible();
    const msi = page.getByRole("checkbox", { name: /Microtechniques.* porte cette action/ });
    await expect(msi).toBeChecked();
    await expect(msi).toBeDisabled();
    await expect(
      page.getByText(
        "Seuls le DO de ce campus et la coordination peuvent retirer ce campus ou changer son axe.",
      ),
    ).toBeVisible();
    // Another campus can still be added as a co-owner.
    await expect(
      page.getByRole("checkbox", { name: /Territoire Intelligent porte cette action/ }),
    ).toBeEnabled();
  });

  test("a warning before leaving a form with unsaved changes", async ({ page }) => {
    await loadSession(page, doEmail("agt"));
    await page.goto("/admin/actions/nouvelle");
    await page.getByLabel("Titre").fill("Un titre pas encore enregistré");
    let message = "";
    page.once("dialog", async (dialog) => {
      message = dialog.message();
      await dialog.dismiss();
    });
    await page
      .getByRole("navigation", { name: "Navigation de l’espace de gestion" })
      .getByRole("link", { name: "Tableau de bord" })
      .click();
    await expect.poll(() => message).toContain("modifications non enregistrées");
    await expect(page).toHaveURL(/\/admin\/actions\/nouvelle$/);
    await expect(page.getByLabel("Titre")).toHaveValue("Un titre pas encore enregistré");
  });

  test("a DO proposes a new organisation as a partner; it stays off the public site until validated", async ({
    page,
    request,
  }) => {
    await loadSession(page, doEmail("amf"));
    await page.goto("/admin/actions/nouvelle");
    const title = unique("Journée garage solidaire");
    const orgName = unique("Garage solidaire");
    await page.getByLabel("Titre").fill(title);
    await page.getByLabel("Résumé").fill("Une journée de découverte des métiers de la mécanique.");
    await page.getByRole("button", { name: "Proposer une nouvelle organisation" }).click();
    await page.getByLabel("Nom de l’organisation proposée 1").fill(orgName);
    await page.getByLabel("Type d’organisation").selectOption({ label: "Association, réseau" });
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Action créée." })).toBeVisible();
    await expect(page.getByText(`${orgName} — en attente de validation`)).toBeVisible();
    await page.getByRole("button", { name: "Publier" }).click();
    await expect(page.getByRole("status").filter({ hasText: "L’action est publiée" })).toBeVisible();
    const publicPage = await request.get(`/amf/actions/${slugOf(title)}`);
    expect(publicPage.status()).toBe(200);
    const html = await publicPage.text();
    expect(html).toContain(title);
    expect(html).not.toContain(orgName);
  });
});
