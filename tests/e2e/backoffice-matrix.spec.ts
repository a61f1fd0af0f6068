/**
 * The test that matters most, in the browser: the DO of each campus tries to
 * read, edit, publish, unpublish, archive, restore and revert the actions of
 * every other campus by every door — the admin pages, the route handlers, and
 * the server actions with a forged id — and every attempt fails (404 or an
 * error) with nothing changed (the coordinator compares before and after).
 */
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { COORDINATOR, doEmail, signIn } from "./fixtures/auth";
import { createDraft, draftValues, getAction, unique } from "./fixtures/backoffice";

const CAMPUSES = ["agt", "amf", "itip", "mma", "msi", "ti"] as const;
type Campus = (typeof CAMPUSES)[number];
type Targets = { published: string; draft: string; archived: string };

let coordinatorContext: BrowserContext;
let coordinatorApi: APIRequestContext;
let campusId: Record<string, string>;
const targets = {} as Record<Campus, Targets>;

async function snapshotAll(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const t of Object.values(targets))
    for (const id of Object.values(t)) out[id] = await getAction(coordinatorApi, id);
  return out;
}

test.beforeAll(async ({ browser }) => {
  coordinatorContext = await browser.newContext();
  const page = await coordinatorContext.newPage();
  await signIn(page, COORDINATOR);
  coordinatorApi = coordinatorContext.request;
  campusId = await (await coordinatorApi.get("/api/admin/campus")).json();
  for (const slug of CAMPUSES) {
    const list = await (
      await coordinatorApi.get(`/api/admin/actions?campus=${slug}&publication=published`)
    ).json();
    const published = list.rows.find((r: { campuses: unknown[] }) => r.campuses.length === 1);
    const draft = await createDraft(coordinatorApi, campusId[slug], unique(`Brouillon ${slug}`));
    const archived = await createDraft(coordinatorApi, campusId[slug], unique(`Archive ${slug}`));
    expect((await coordinatorApi.post(`/api/admin/actions/${archived.id}/archive`)).status()).toBe(200);
    targets[slug] = { published: published.id, draft: draft.id, archived: archived.id };
  }
});

test.afterAll(async () => {
  await coordinatorContext?.close();
});

for (const own of CAMPUSES) {
  test(`the DO of ${own} can do nothing to the actions of the other campuses, by any door`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const before = await snapshotAll();
    await signIn(page, doEmail(own));
    const api = page.request;
    const others = CAMPUSES.filter((c) => c !== own);

    for (const foreign of others) {
      for (const [kind, id] of Object.entries(targets[foreign])) {
        // Pages: the edit page, its preview and its history are 404 (fetched
        // with the DO's session; the browser renders one of them below).
        for (const path of [
          `/admin/actions/${id}`,
          `/admin/actions/${id}/apercu`,
          `/admin/actions/${id}/historique`,
        ]) {
          expect((await api.get(path)).status(), `${own} → ${foreign} ${kind} ${path}`).toBe(404);
        }
        // Route handlers: read, save, every operation, revert.
        const version = (before[id] as { version: number }).version;
        expect((await api.get(`/api/admin/actions/${id}`)).status()).toBe(404);
        for (const campuses of [[campusId[foreign]], [campusId[own], campusId[foreign]]]) {
          const values = draftValues(campuses, "Pris par un autre campus");
          expect((await api.patch(`/api/admin/actions/${id}`, { data: { version, values } })).status()).toBe(
            404,
          );
        }
        for (const operation of ["publish", "unpublish", "archive", "restore"])
          expect((await api.post(`/api/admin/actions/${id}/${operation}`)).status()).toBe(404);
        expect((await api.post(`/api/admin/actions/${id}/revert`, { data: { version: 1 } })).status()).toBe(
          404,
        );
        // The open data API shows published actions only, to anyone.
        expect((await api.get(`/api/v1/actions/${id}`)).status()).toBe(kind === "published" ? 200 : 404);
      }
      // Lists never show them.
      const list = await (await api.get(`/api/admin/actions?campus=${foreign}&publication=draft`)).json();
      expect(list.rows.some((r: { id: string }) => r.id === targets[foreign].draft)).toBe(false);
    }
    const shown = await page.goto(`/admin/actions/${targets[others[0]].draft}`);
    expect(shown?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("introuvable");

    // Server actions with a forged id: the DO's own edit page, its requests rewritten to another campus's id.
    const mine = await createDraft(api, campusId[own], unique(`Action de ${own}`));
    const mineBefore = await getAction(api, mine.id);
    // The route rewrites each server action request to another campus's id and
    // keeps the server's answer, so every attempt is checked on its own answer
    // (the page shows the same message each time).
    let forgedId = "";
    const answers: string[] = [];
    await page.route(
      (url) => url.pathname === `/admin/actions/${mine.id}`,
      async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
        const body = request.postDataBuffer()?.toString("utf8") ?? "";
        expect(body).toContain(mine.id);
        const response = await route.fetch({ postData: body.split(mine.id).join(forgedId) });
        const answer = await response.text();
        answers.push(answer);
        return route.fulfill({ response, body: answer });
      },
    );
    // One page load serves every forged attempt. Publishing first (the button
    // waits while the form has unsaved changes), then saving.
    const attempt = async (button: string, alertTitle: string, foreign: Campus) => {
      forgedId = targets[foreign].draft;
      const count = answers.length;
      await page.getByRole("button", { name: button }).click();
      await expect.poll(() => answers.length, `${own} → ${foreign} ${button}`).toBe(count + 1);
      expect(answers[count], `${own} → ${foreign} ${button}`).toContain("hors du périmètre de votre campus");
      await expect(page.getByRole("alert").filter({ hasText: alertTitle })).toContainText(
        "hors du périmètre de votre campus",
      );
    };
    await page.goto(`/admin/actions/${mine.id}`);
    for (const foreign of others) await attempt("Publier", "Opération impossible", foreign);
    await page.getByLabel("Titre").fill("Titre forgé par un autre campus");
    for (const foreign of others) await attempt("Enregistrer", "Enregistrement impossible", foreign);
    await page.unroute((url) => url.pathname === `/admin/actions/${mine.id}`);

    // Nothing changed anywhere: not the other campuses' actions, not the DO's own one.
    expect(await snapshotAll()).toEqual(before);
    expect(await getAction(api, mine.id)).toEqual(mineBefore);
  });
}

test("the coordinator opens the actions of every campus", async ({ page }) => {
  await signIn(page, COORDINATOR);
  for (const slug of CAMPUSES) {
    for (const id of Object.values(targets[slug]))
      expect((await page.request.get(`/admin/actions/${id}`)).status(), `${slug} ${id}`).toBe(200);
  }
});

test("anonymous requests to the back office API are refused", async ({ request }) => {
  const id = targets.ti.draft;
  expect((await request.get(`/api/admin/actions/${id}`)).status()).toBe(401);
  expect((await request.patch(`/api/admin/actions/${id}`, { data: {} })).status()).toBe(401);
  expect((await request.post(`/api/admin/actions/${id}/publish`)).status()).toBe(401);
  expect((await request.get("/api/admin/actions")).status()).toBe(401);
});

test("a cross-site write is refused even with a session", async ({ page }) => {
  await signIn(page, doEmail("ti"));
  const response = await page.request.post(`/api/admin/actions/${targets.ti.draft}/publish`, {
    headers: { Origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});
