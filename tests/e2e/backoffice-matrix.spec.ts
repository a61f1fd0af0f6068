/**
 * The test that matters most, in the browser: the DO of each campus tries to
 * read, edit, publish, unpublish, archive, restore and revert the actions of
 * other campuses by every door — the admin pages, the route handlers, and
 * the server actions with a forged id — and every attempt fails (404 or an
 * error) with nothing changed (the coordinator compares before and after).
 *
 * Each door is tried on one other campus, a different one for each DO and
 * door (rotating), so that the six DOs together cover every campus: the
 * integration matrix (tests/integration/backoffice-matrix.test.ts) checks
 * every door against every campus in the domain layer.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { CAMPUSES, COORDINATOR, doEmail, pageWithSession, loadSession, type Campus } from "./fixtures/auth";
import { createDraft, draftValues, getAction, unique } from "./fixtures/backoffice";

type Targets = { published: string; draft: string; archived: string };

let coordinatorPage: Page;
let coordinatorApi: APIRequestContext;
let campusId: Record<string, string>;
const targets = {} as Record<Campus, Targets>;

const DOORS = [
  "edit page",
  "preview page",
  "history page",
  "read API",
  "save API",
  "save API, co-owning",
  "publish API",
  "unpublish API",
  "archive API",
  "restore API",
  "revert API",
  "lists",
  "edit page in the browser",
  "forged publish",
  "forged save",
] as const;
type Door = (typeof DOORS)[number];

/** The other campus whose actions the DO of `own` tries by `door`. */
function foreignCampus(own: Campus, door: Door): Campus {
  const others = CAMPUSES.filter((c) => c !== own);
  return others[(CAMPUSES.indexOf(own) + DOORS.indexOf(door)) % others.length];
}

async function snapshotAll(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const t of Object.values(targets))
    for (const id of Object.values(t)) out[id] = await getAction(coordinatorApi, id);
  return out;
}

test.beforeAll(async ({ browser }) => {
  coordinatorPage = await pageWithSession(browser, COORDINATOR);
  coordinatorApi = coordinatorPage.request;
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
  await coordinatorPage?.context().close();
});

for (const own of CAMPUSES) {
  test(`the DO of ${own} can do nothing to the actions of other campuses, by any door`, async ({ page }) => {
    const before = await snapshotAll();
    await loadSession(page, doEmail(own));
    const api = page.request;
    /** The targets (published, draft, archived) tried by a door, with a label for failures. */
    const tried = (door: Door) => {
      const foreign = foreignCampus(own, door);
      return Object.entries(targets[foreign]).map(([kind, id]) => ({
        id,
        foreign,
        kind,
        label: `${own} → ${foreign} ${kind}: ${door}`,
      }));
    };

    // Pages: the edit page, its preview and its history are 404 (fetched with the DO's session).
    for (const [door, suffix] of [
      ["edit page", ""],
      ["preview page", "/apercu"],
      ["history page", "/historique"],
    ] as const)
      for (const t of tried(door))
        expect((await api.get(`/admin/actions/${t.id}${suffix}`)).status(), t.label).toBe(404);

    // Route handlers: read (the open data API shows published actions only, to anyone), save, every operation, revert.
    for (const t of tried("read API")) {
      expect((await api.get(`/api/admin/actions/${t.id}`)).status(), t.label).toBe(404);
      expect((await api.get(`/api/v1/actions/${t.id}`)).status(), t.label).toBe(
        t.kind === "published" ? 200 : 404,
      );
    }
    for (const door of ["save API", "save API, co-owning"] as const)
      for (const t of tried(door)) {
        const campuses = door === "save API" ? [campusId[t.foreign]] : [campusId[own], campusId[t.foreign]];
        const version = (before[t.id] as { version: number }).version;
        const values = draftValues(campuses, "Pris par un autre campus");
        expect(
          (await api.patch(`/api/admin/actions/${t.id}`, { data: { version, values } })).status(),
          t.label,
        ).toBe(404);
      }
    for (const operation of ["publish", "unpublish", "archive", "restore"] as const)
      for (const t of tried(`${operation} API`))
        expect((await api.post(`/api/admin/actions/${t.id}/${operation}`)).status(), t.label).toBe(404);
    for (const t of tried("revert API"))
      expect(
        (await api.post(`/api/admin/actions/${t.id}/revert`, { data: { version: 1 } })).status(),
        t.label,
      ).toBe(404);

    // Lists never show them.
    const listed = foreignCampus(own, "lists");
    const list = await (await api.get(`/api/admin/actions?campus=${listed}&publication=draft`)).json();
    expect(list.rows.some((r: { id: string }) => r.id === targets[listed].draft)).toBe(false);

    // The browser renders the 404 page.
    const shown = await page.goto(
      `/admin/actions/${targets[foreignCampus(own, "edit page in the browser")].draft}`,
    );
    expect(shown?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("introuvable");

    // Server actions with a forged id: the DO's own edit page, its requests
    // rewritten to another campus's id. The route keeps the server's answer,
    // so each attempt is checked on its own answer (the page shows the same
    // message each time).
    const mine = await createDraft(api, campusId[own], unique(`Action de ${own}`));
    const mineBefore = await getAction(api, mine.id);
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
    const attempt = async (door: Door, button: string, alertTitle: string) => {
      const foreign = foreignCampus(own, door);
      forgedId = targets[foreign].draft;
      const count = answers.length;
      await page.getByRole("button", { name: button }).click();
      await expect.poll(() => answers.length, `${own} → ${foreign} ${door}`).toBe(count + 1);
      expect(answers[count], `${own} → ${foreign} ${door}`).toContain("hors du périmètre de votre campus");
      await expect(page.getByRole("alert").filter({ hasText: alertTitle })).toContainText(
        "hors du périmètre de votre campus",
      );
    };
    // One page load serves both attempts. Publishing first (the button waits
    // while the form has unsaved changes), then saving.
    await page.goto(`/admin/actions/${mine.id}`);
    await attempt("forged publish", "Publier", "Opération impossible");
    await page.getByLabel("Titre").fill("Titre forgé par un autre campus");
    await attempt("forged save", "Enregistrer", "Enregistrement impossible");
    // A request still in the route (the page may send another one after an
    // answer) finishes before the test reads the database and ends.
    await page.unrouteAll({ behavior: "wait" });

    // Nothing changed anywhere: not the other campuses' actions, not the DO's own one.
    expect(await snapshotAll()).toEqual(before);
    expect(await getAction(api, mine.id)).toEqual(mineBefore);
  });
}

test("the coordinator opens the actions of every campus", async ({ page }) => {
  await loadSession(page, COORDINATOR);
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
  await loadSession(page, doEmail("ti"));
  const response = await page.request.post(`/api/admin/actions/${targets.ti.draft}/publish`, {
    headers: { Origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});
