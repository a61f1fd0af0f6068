/**
 * Search from the header, French and accent-insensitive, with highlighted
 * matches and an empty state; list filters and pagination without JavaScript.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { doEmail, pageWithSession } from "./fixtures/auth";
import { campusIds, createDraft, unique } from "./fixtures/backoffice";
import { TI_HOST } from "./public-support";

test("« metiers d art » from the header finds « Métiers d'Art », highlighted", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Rechercher sur le site" }).fill("metiers d art");
  await page.getByRole("button", { name: "Rechercher" }).first().click();
  await expect(page).toHaveURL(/\/recherche\?q=metiers\+d\+art$/);
  await expect(
    page.getByRole("status").filter({ hasText: /\d+\s+résultats pour «\s?metiers d art\s?»/ }),
  ).toBeVisible();
  const titles = await page.locator("main ol > li h3").allTextContents();
  expect(titles.slice(0, 5).filter((t) => /Métiers d[’']Art/i.test(t)).length).toBeGreaterThanOrEqual(3);
  const marks = await page.locator("main ol > li h3 mark").allTextContents();
  expect(marks).toEqual(expect.arrayContaining(["Métiers", "Art"]));
  expect(marks.every((m) => /^(métiers?|art\w*)$/i.test(m))).toBe(true);
});

test("« energie » finds « Énergie » and the search page keeps the query", async ({ page }) => {
  await page.goto("/recherche?q=energie");
  await expect(page.getByRole("searchbox", { name: "Votre recherche" })).toHaveValue("energie");
  await expect(page.getByRole("link", { name: "Club Energie Dijon Métropole" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Type de résultat" })
    .getByRole("link", { name: /^Actions \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL(/type=actions/);
  await expect(page.locator("main ol > li")).not.toHaveCount(0);
  for (const tag of await page.locator("main ol > li p:first-child").allTextContents())
    expect(tag).toBe("Action");
});

test("a search with no result says so and suggests what to try", async ({ page }) => {
  await page.goto("/recherche?q=zzzzqqq");
  await expect(page.getByText("Aucun résultat pour « zzzzqqq »").first()).toBeVisible();
  await expect(page.getByText(/Vérifiez l.orthographe/)).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "formations", exact: true })).toBeVisible();
});

test("a campus search is scoped to the campus and offers the whole region", async ({ page }) => {
  await page.goto(`${TI_HOST}/`);
  await page.getByRole("searchbox", { name: "Rechercher dans ce campus" }).fill("linky");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${TI_HOST}/recherche?q=linky`);
  await expect(page.getByRole("link", { name: "Le compteur Linky et les Smart-Grids" })).toHaveAttribute(
    "href",
    "/actions/compteur-linky-smart-grids",
  );
  await expect(page.getByRole("link", { name: "Chercher « linky » dans les six campus" })).toBeVisible();
});

test("a search page served from the cache lists an action as soon as it is published, and drops it when withdrawn", async ({
  browser,
  request,
}) => {
  const editor = await pageWithSession(browser, doEmail("ti"));
  const api = editor.request;
  const title = unique("Recherche en cache");
  const word = title.split(" ").pop()!;
  const draft = await createDraft(api, (await campusIds(api)).ti, title);
  // Listed: its link is on the page (the title itself is split by the highlighting of the word).
  const search = async (path: string) =>
    (await (await request.get(path)).text()).includes(`/actions/${draft.slug}"`);
  // Each search page is rendered once, then served from the page cache: fill it without the draft.
  for (const path of [
    `/recherche?q=${word}`,
    `/ti/recherche?q=${word}`,
    `/recherche?q=${word}&type=actions`,
  ]) {
    expect(await search(path)).toBe(false);
    expect(await search(path)).toBe(false);
  }
  expect((await api.post(`/api/admin/actions/${draft.id}/publish`)).status()).toBe(200);
  // The next request after the publish shows it (one instance: the write invalidated the page).
  expect(await search(`/recherche?q=${word}`)).toBe(true);
  expect(await search(`/ti/recherche?q=${word}`)).toBe(true);
  expect(await search(`/recherche?q=${word}&type=actions&utm_source=lettre`)).toBe(true);
  expect((await api.post(`/api/admin/actions/${draft.id}/unpublish`)).status()).toBe(200);
  expect(await search(`/recherche?q=${word}`)).toBe(false);
  // The back-office counts of the other tests stay as they were.
  expect((await api.post(`/api/admin/actions/${draft.id}/archive`)).status()).toBe(200);
  await editor.context().close();
});

/** Every file under the server's build output, with its size and time: what the server writes there shows. */
function serverFiles(dir = path.resolve(".next/server")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverFiles(file);
    const { size, mtimeMs } = statSync(file);
    return [`${file} ${size} ${mtimeMs}`];
  });
}

test("distinct searches are cached in memory, never written to the server's disk", async ({ request }) => {
  // Without REDIS_URL (these tests), each search page is cached by the process; an attacker sending
  // random queries must not be able to fill the disk with them.
  const before = serverFiles();
  for (let i = 0; i < 20; i++) {
    const response = await request.get(`/recherche?q=${unique("requete-aleatoire").replaceAll(" ", "+")}`);
    expect(response.status()).toBe(200);
  }
  expect(serverFiles()).toEqual(before);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters live in the URL, show as removable chips, and paginate", async ({ page }) => {
    await page.goto("/actions");
    const count = async () =>
      Number((await page.getByRole("status").first().textContent())!.replace(/\D/g, ""));
    const all = await count();
    await page.getByRole("group", { name: "Statut" }).getByLabel("En cours").check();
    await page.getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(page).toHaveURL(/status=en_cours/);
    const enCours = await count();
    expect(enCours).toBeLessThan(all);
    await expect(page.getByRole("group", { name: "Statut" }).getByLabel("En cours")).toBeChecked();
    const chip = page.getByRole("link", { name: "Retirer le filtre Statut : En cours" });
    await expect(chip).toBeVisible();

    // Page 2 keeps the filter.
    await expect(page.getByText(/^Page 1 sur \d+$/)).toBeVisible();
    await page.getByRole("link", { name: "Suivante" }).click();
    await expect(page).toHaveURL(/status=en_cours.*page=2|page=2.*status=en_cours/);
    await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");

    await page.getByRole("link", { name: "Retirer le filtre Statut : En cours" }).click();
    await expect(page).toHaveURL(/\/actions$/);
    expect(await count()).toBe(all);
  });

  test("the header search and the campus switcher work", async ({ page }) => {
    await page.goto("/formations");
    await page.getByRole("searchbox", { name: "Rechercher sur le site" }).fill("BTS");
    await page.getByRole("button", { name: "Rechercher" }).first().click();
    await expect(page).toHaveURL(/\/recherche\?q=BTS$/);
    await expect(page.locator("main ol > li").first()).toBeVisible();
    await page.getByText("Changer de campus").click();
    await page.getByRole("link", { name: "CMQ Maroquinerie et Métiers d'Art" }).click();
    await expect(page).toHaveURL(/\/mma$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Campus des Métiers et des Qualifications Maroquinerie et Métiers d’Art",
    );
  });

  test("a mistyped filter is ignored, not an error", async ({ page }) => {
    const response = await page.goto("/formations?level=douze&diploma=bts");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Retirer le filtre Diplôme : BTS" })).toBeVisible();
  });
});
