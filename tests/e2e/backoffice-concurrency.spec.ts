import { expect, test } from "@playwright/test";
import { COORDINATOR, loadSession, pageWithSession } from "./fixtures/auth";

test.describe("two people editing the same record", () => {
  test("saving twice in a row works; a save from a page opened before someone else's is refused and keeps the typed text", async ({
    page,
    browser,
  }) => {
    await loadSession(page, COORDINATOR);
    // The other person opens the same campus page first.
    const other = await pageWithSession(browser, COORDINATOR);
    await other.goto("/admin/campus/mma");
    await page.goto("/admin/campus/mma");
    const form = page.getByRole("form", { name: "Présentation et contacts du campus" });
    const planned = form.getByLabel("Évolution prévue");

    // Two saves in a row from the same page: the second starts from the version of the first.
    await planned.fill("Première modification de la journée");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form.getByText("Présentation et contacts enregistrés.")).toBeVisible();
    await planned.fill("Deuxième modification de la journée");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form.getByText("Présentation et contacts enregistrés.")).toBeVisible();
    await expect(form.getByRole("alert")).toHaveCount(0);

    // The page opened before those saves: refused, nothing lost on either side.
    const stale = other.getByRole("form", { name: "Présentation et contacts du campus" });
    await stale.getByLabel("Évolution prévue").fill("Texte de l'autre personne");
    await stale.getByRole("button", { name: "Enregistrer" }).click();
    await expect(
      stale.getByText(/modifiée par quelqu’un d’autre depuis que vous l’avez ouverte/),
    ).toBeVisible();
    await expect(stale.getByLabel("Évolution prévue")).toHaveValue("Texte de l'autre personne");
    await page.reload();
    await expect(form.getByLabel("Évolution prévue")).toHaveValue("Deuxième modification de la journée");
    await other.context().close();
  });
});
