/**
 * Images and documents of an action, as a DO adds them: a photo with its
 * alternative text appears on the public page by host and by path, served
 * with long cache headers and never executed; a renamed executable, an
 * oversized file and an image without alternative text are refused with
 * their French message, and nothing is stored. Deleting an image, a
 * document or a logo is a soft delete: gone from the edit page and the
 * public pages, kept in the journal.
 */
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { COORDINATOR, doEmail, loadSession, pageWithSession } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";
import { campusIds, createDraft, hostUrl, unique } from "./fixtures/backoffice";

const MISSING_ALT = /Saisissez le texte alternatif de l’image/;
const NOT_IMAGE = /Ce fichier n’est pas une image JPEG, PNG ou WebP/;
const TOO_LARGE = /Le fichier dépasse la taille maximale de 10\sMo/;

const photo = async () =>
  sharp({ create: { width: 1400, height: 900, channels: 3, background: { r: 30, g: 110, b: 180 } } })
    .jpeg()
    .withExif({ IFD0: { Artist: "Auteur Secret" } })
    .toBuffer();

/** The number of images listed on the edit page (one "Supprimer" per image). */
const listedImages = (page: Page) =>
  page.getByRole("region", { name: "Photos, affiches et documents" }).locator("li img");

async function publishedActionOfTi(page: Page) {
  await loadSession(page, doEmail("ti"));
  const ids = await campusIds(page.request);
  const title = unique("Journée photo");
  const { id, slug } = await createDraft(page.request, ids.ti, title);
  expect((await page.request.post(`/api/admin/actions/${id}/publish`)).status()).toBe(200);
  return { id, slug, title };
}

test.describe("images and documents of an action", () => {
  test("a DO adds a photo with its alternative text and sees it on the public page, by host and by path", async ({
    page,
    request,
  }) => {
    const { id, slug } = await publishedActionOfTi(page);
    await page.goto(`/admin/actions/${id}`);
    await page.getByLabel("Image", { exact: true }).setInputFiles({
      name: "atelier.jpg",
      mimeType: "image/jpeg",
      buffer: await photo(),
    });
    await page.getByLabel("Texte alternatif").fill("Des collégiens pilotent un robot");
    await page.getByRole("button", { name: "Ajouter l’image" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Image ajoutée." })).toBeVisible();
    await expect(listedImages(page)).toHaveCount(1);
    await expect(page.getByText("Des collégiens pilotent un robot")).toBeVisible();

    for (const url of [`/ti/actions/${slug}`, hostUrl("ti", `/actions/${slug}`)]) {
      await page.goto(url);
      const img = page.getByRole("img", { name: "Des collégiens pilotent un robot" });
      await expect(img).toBeVisible();
      await expect(img).toHaveAttribute("width", "1400");
      await expect(img).toHaveAttribute("height", "900");
      await expect(img).toHaveAttribute("srcset", /\/media\/\w+\/320\.jpg 320w, .*\/1400\.jpg 1400w$/);
      expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      // Same origin, whatever the host.
      const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
      expect(new URL(src).origin).toBe(new URL(page.url()).origin);
    }

    // Served as an image, for a year, never executed, revalidated by ETag: here on the campus host.
    const src = (await page
      .getByRole("img", { name: "Des collégiens pilotent un robot" })
      .getAttribute("src"))!;
    const onHost = await page.evaluate(async (url) => {
      const first = await fetch(url);
      const bytes = new Uint8Array(await first.arrayBuffer());
      const etag = first.headers.get("etag") ?? "";
      const again = await fetch(url, { headers: { "If-None-Match": etag }, cache: "no-store" });
      return {
        status: first.status,
        headers: Object.fromEntries(first.headers),
        hasAuthor: new TextDecoder("latin1").decode(bytes).includes("Auteur Secret"),
        revalidated: again.status,
      };
    }, src);
    expect(onHost.status).toBe(200);
    expect(onHost.hasAuthor).toBe(false);
    expect(onHost.revalidated).toBe(304);
    // And on the hub's host, with every header checked.
    const response = await request.get(src);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    for (const h of [headers, onHost.headers]) {
      expect(h["content-type"]).toBe("image/jpeg");
      expect(h["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["content-disposition"]).toBe("inline");
    }
    expect(headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
    expect(headers.etag).toMatch(/^"[0-9a-f]{32}-\d+"$/);
    expect((await request.get(src, { headers: { "If-None-Match": headers.etag } })).status()).toBe(304);
  });

  test("a DO deletes an action's image: gone from the edit page and the public page, kept in the journal", async ({
    page,
    browser,
  }) => {
    test.slow();
    const { id, slug, title } = await publishedActionOfTi(page);
    await page.goto(`/admin/actions/${id}`);
    await page.getByLabel("Image", { exact: true }).setInputFiles({
      name: "affiche.jpg",
      mimeType: "image/jpeg",
      buffer: await photo(),
    });
    await page.getByLabel("Texte alternatif").fill("L’affiche de la journée photo");
    await page.getByRole("button", { name: "Ajouter l’image" }).click();
    await expect(listedImages(page)).toHaveCount(1);
    const src = (await listedImages(page).getAttribute("src"))!;
    const mediaId = src.split("/")[2];
    // Seen on the public pages first, so that their cached copies must be invalidated.
    for (const url of [`/ti/actions/${slug}`, hostUrl("ti", `/actions/${slug}`)]) {
      await page.goto(url);
      await expect(page.getByRole("img", { name: "L’affiche de la journée photo" })).toBeVisible();
    }

    // Clicked as soon as the edit page shows the button: the button waits for the page to be
    // hydrated, so the confirmation is always asked and the deletion always sent.
    await page.goto(`/admin/actions/${id}`);
    const confirmations: string[] = [];
    page.on("dialog", (dialog) => {
      confirmations.push(dialog.message());
      void dialog.accept();
    });
    await page
      .getByRole("region", { name: "Photos, affiches et documents" })
      .getByRole("button", { name: "Supprimer" })
      .click();
    await expect(page.getByText("Aucune image pour l’instant.")).toBeVisible();
    await expect(listedImages(page)).toHaveCount(0);
    expect(confirmations).toEqual(["Supprimer cette image\u202F? Elle ne sera plus affichée sur le site."]);

    // With an unsaved change in the action's form above: the image's own form is not held back
    // by the unsaved-changes warning, and what was typed stays in its field.
    await page.getByLabel("Image", { exact: true }).setInputFiles({
      name: "affiche.jpg",
      mimeType: "image/jpeg",
      buffer: await photo(),
    });
    await page.getByLabel("Texte alternatif").fill("Une seconde affiche");
    await page.getByRole("button", { name: "Ajouter l’image" }).click();
    await expect(listedImages(page)).toHaveCount(1);
    await page.getByLabel("Titre", { exact: true }).fill(`${title} (modifié)`);
    await page
      .getByRole("region", { name: "Photos, affiches et documents" })
      .getByRole("button", { name: "Supprimer" })
      .click();
    await expect(listedImages(page)).toHaveCount(0);
    expect(confirmations).toHaveLength(2);
    await expect(page.getByLabel("Titre", { exact: true })).toHaveValue(`${title} (modifié)`);

    for (const url of [`/ti/actions/${slug}`, hostUrl("ti", `/actions/${slug}`)]) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.locator("article img")).toHaveCount(0);
    }
    expect((await page.request.get(src)).status()).toBe(404);

    // Soft delete: the journal keeps the upload and the deletion, with what was deleted.
    const coordinator = await pageWithSession(browser, COORDINATOR);
    await coordinator.goto(`/admin/journal?element=${mediaId}`);
    await expect(coordinator.getByRole("status").filter({ hasText: "sur cet élément" })).toHaveText(
      "2 modifications sur cet élément",
    );
    await expect(coordinator.getByText(`Image supprimée de l’action «\u202F${title}\u202F»`)).toBeVisible();
    await expect(coordinator.getByText(`Image ajoutée à l’action «\u202F${title}\u202F»`)).toBeVisible();
    await coordinator.context().close();
  });

  test("a renamed executable, an oversized file and an image without alternative text are refused, nothing stored", async ({
    page,
  }) => {
    const { id, slug } = await publishedActionOfTi(page);
    await page.goto(`/admin/actions/${id}`);
    const file = page.getByLabel("Image", { exact: true });
    const alt = page.getByLabel("Texte alternatif");
    const add = page.getByRole("button", { name: "Ajouter l’image" });
    const summary = page.getByRole("alert", { name: "Le fichier n’a pas été ajouté" });

    // An executable renamed .jpg: its bytes say what it is.
    await file.setInputFiles({
      name: "photo.jpg",
      mimeType: "image/jpeg",
      buffer: readFileSync("/bin/true"),
    });
    await alt.fill("Une photo");
    await add.click();
    await expect(summary.getByRole("link", { name: NOT_IMAGE })).toBeVisible();
    await expect(file).toHaveAttribute("aria-invalid", "true");
    await expect(file).toHaveAccessibleDescription(NOT_IMAGE);

    // Larger than 10 Mo.
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    await file.setInputFiles({ name: "grande.jpg", mimeType: "image/jpeg", buffer: huge });
    await add.click();
    await expect(summary.getByRole("link", { name: TOO_LARGE })).toBeVisible();

    // No alternative text, not decorative.
    await file.setInputFiles({ name: "atelier.jpg", mimeType: "image/jpeg", buffer: await photo() });
    await alt.fill("");
    await add.click();
    await expect(summary.getByRole("link", { name: MISSING_ALT })).toBeVisible();
    await summary.getByRole("link", { name: MISSING_ALT }).click();
    await expect(alt).toBeFocused();

    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page, `edit page with upload errors at ${width} px`);
    }

    // The server refuses the same files when the browser's checks are bypassed.
    const post = (fields: Record<string, string>, buffer: Buffer, name = "photo.jpg") =>
      page.request.post("/api/admin/media", {
        headers: { Origin: new URL(page.url()).origin },
        multipart: {
          ownerKind: "ACTION",
          ownerId: id,
          role: "IMAGE",
          ...fields,
          file: { name, mimeType: "image/jpeg", buffer },
        },
      });
    const noAlt = await post({ altText: "" }, await photo());
    expect(noAlt.status()).toBe(400);
    expect((await noAlt.json()).fieldErrors.altText).toMatch(MISSING_ALT);
    const executable = await post({ altText: "Une photo" }, readFileSync("/bin/true"));
    expect(executable.status()).toBe(400);
    expect((await executable.json()).fieldErrors.file).toMatch(NOT_IMAGE);

    // Nothing was stored: no image listed, none on the public page.
    await page.reload();
    await expect(listedImages(page)).toHaveCount(0);
    await expect(page.getByText("Aucune image pour l’instant.")).toBeVisible();
    await page.goto(`/ti/actions/${slug}`);
    await expect(page.locator("article img")).toHaveCount(0);
  });

  test("the coordinator uploads a campus logo, shown on the campus home page, then removes it", async ({
    page,
  }) => {
    await loadSession(page, COORDINATOR);
    await page.goto("/admin/campus/ti");
    const logo = await sharp({
      create: { width: 600, height: 240, channels: 4, background: { r: 0, g: 80, b: 160, alpha: 0.8 } },
    })
      .png()
      .toBuffer();
    await page
      .getByLabel("Logo", { exact: true })
      .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
    await expect(page.getByLabel("Texte alternatif")).toHaveValue(/Territoire/);
    await page.getByRole("button", { name: "Enregistrer le logo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Logo enregistré." })).toBeVisible();
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page, `campus edit page with its logo at ${width} px`);
    }

    await page.goto(hostUrl("ti", "/"));
    const shown = page.locator('main img[src^="/media/"]');
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAttribute("srcset", /\/media\/\w+\/320\.png 320w, .*600\.png 600w$/);
    expect(await shown.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);

    // Removed: the campus page shows no logo again (never an invented one).
    await page.goto("/admin/campus/ti");
    page.once("dialog", (dialog) => void dialog.accept());
    await page
      .getByRole("region", { name: "Logo du campus" })
      .getByRole("button", { name: "Supprimer" })
      .click();
    await expect(page.getByText("Aucun logo : rien n’est affiché à sa place sur le site.")).toBeVisible();
    await page.goto(hostUrl("ti", "/"));
    await expect(page.locator('main img[src^="/media/"]')).toHaveCount(0);
  });

  test("a PDF programme is offered for download on the public page", async ({ page, request }) => {
    const { id, slug } = await publishedActionOfTi(page);
    await page.goto(`/admin/actions/${id}`);
    await page.getByLabel("Document PDF").setInputFiles({
      name: "programme.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"),
    });
    await page.getByLabel("Intitulé du document").fill("Programme de la journée");
    await page.getByRole("button", { name: "Ajouter le document" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Document ajouté." })).toBeVisible();
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page, `edit page with a document at ${width} px`);
    }

    await page.goto(hostUrl("ti", `/actions/${slug}`));
    const link = page.getByRole("link", { name: "Programme de la journée" });
    await expect(link).toBeVisible();
    const response = await request.get((await link.getAttribute("href"))!);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="document.pdf"');
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");

    // Deleted (soft) from the edit page: no longer offered on the public page.
    await page.goto(`/admin/actions/${id}`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page
      .getByRole("region", { name: "Photos, affiches et documents" })
      .getByRole("button", { name: "Supprimer" })
      .click();
    await expect(page.getByText("Aucun document pour l’instant.")).toBeVisible();
    await page.goto(hostUrl("ti", `/actions/${slug}`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Programme de la journée" })).toHaveCount(0);
  });
});
