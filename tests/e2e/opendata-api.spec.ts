import { expect, test } from "@playwright/test";
import { doEmail, pageWithSession } from "./fixtures/auth";
import { campusIds, createDraft, unique } from "./fixtures/backoffice";
import { servePartnerPage } from "./opendata-partner-site";

type Item = { id: string; slug: string; url: string; campuses: string[] };
type Page = { data: Item[]; nextCursor: string | null };

test.describe("open data API over HTTP", () => {
  test("a list is a JSON page of items with id, slug, public URL and campuses, walked by cursor", async ({
    request,
    baseURL,
  }) => {
    const port = new URL(baseURL!).port;
    const first = await request.get("/api/v1/actions?campus=ti&limit=3");
    expect(first.status()).toBe(200);
    expect(first.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const page = (await first.json()) as Page;
    expect(page.data).toHaveLength(3);
    expect(page.nextCursor).toEqual(expect.any(String));
    for (const item of page.data) {
      expect(item).toEqual(expect.objectContaining({ id: expect.any(String), slug: expect.any(String) }));
      expect(item.campuses).toContain("ti");
      expect(item.url).toMatch(new RegExp(`^http://[a-z]+\\.localhost:${port}/actions/${item.slug}$`));
    }
    expect(first.headers()["link"]).toContain(`cursor=${page.nextCursor}`);
    const second = (await (
      await request.get(`/api/v1/actions?campus=ti&limit=3&cursor=${page.nextCursor}`)
    ).json()) as Page;
    expect(second.data).toHaveLength(3);
    expect(second.data.map((i) => i.id)).not.toContain(page.data[0].id);

    const one = await request.get(`/api/v1/actions/${page.data[0].id}`);
    expect(one.status()).toBe(200);
    expect(((await one.json()) as { data: Item }).data).toEqual(page.data[0]);
  });

  test("every collection answers, and the API is served as-is on a campus host", async ({
    request,
    baseURL,
  }) => {
    for (const collection of ["campuses", "actions", "formations", "partners", "platforms", "fundings"]) {
      const response = await request.get(`/api/v1/${collection}?limit=2`);
      expect(response.status(), collection).toBe(200);
      expect(((await response.json()) as Page).data.length, collection).toBeGreaterThan(0);
    }
    const onCampusHost = await request.get("/api/v1/campuses", {
      headers: { Host: `ti.localhost:${new URL(baseURL!).port}` },
    });
    expect(onCampusHost.status()).toBe(200);
    expect(((await onCampusHost.json()) as Page).data.map((c) => c.slug)).toEqual([
      "agt",
      "amf",
      "itip",
      "mma",
      "msi",
      "ti",
    ]);
  });

  test("CORS: any origin may read, preflights are answered, and a browser on another site can fetch", async ({
    request,
    page,
    baseURL,
  }) => {
    const simple = await request.get("/api/v1/formations?limit=1", {
      headers: { Origin: "https://lycee.example" },
    });
    expect(simple.headers()["access-control-allow-origin"]).toBe("*");
    const preflight = await request.fetch("/api/v1/formations", {
      method: "OPTIONS",
      headers: {
        Origin: "https://lycee.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
    expect(preflight.headers()["access-control-allow-headers"]).toContain("if-none-match");

    // A page of another origin (a partner's site) reads the API from the browser.
    const partner = await servePartnerPage(
      '<!doctype html><html lang="fr"><title>Lycée</title><p>Lycée</p></html>',
    );
    await page.goto(partner.url);
    const result = await page.evaluate(async (api) => {
      // If-None-Match is not a CORS-safelisted header: the browser sends a preflight first.
      const response = await fetch(`${api}/api/v1/formations?limit=2`, {
        headers: { "If-None-Match": '"x"' },
      });
      return {
        status: response.status,
        etag: response.headers.get("etag"),
        count: ((await response.json()) as { data: unknown[] }).data.length,
      };
    }, baseURL);
    await partner.close();
    expect(result).toEqual({ status: 200, etag: expect.stringMatching(/^"/), count: 2 });
  });

  test("an invalid query is a 400 problem document naming the parameter", async ({ request }) => {
    const response = await request.get("/api/v1/actions?status=finie&annee=2018");
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem).toMatchObject({
      title: "Requête invalide",
      status: 400,
      type: expect.stringContaining("/donnees-ouvertes#requete-invalide"),
    });
    expect(problem.errors).toEqual([
      { parameter: "status", detail: expect.stringContaining("en_cours") },
      { parameter: "annee", detail: "paramètre inconnu" },
    ]);
    const missing = await request.get("/api/v1/formations/inexistant");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-type"]).toBe("application/problem+json");
  });

  test("ETag and Cache-Control on every response, 304 on If-None-Match", async ({ request }) => {
    for (const path of [
      "/api/v1/partners?kind=entreprise",
      "/api/v1/openapi.json",
      "/api/v1/platforms?format=csv",
      "/ti/actualites.xml",
      "/agenda.ics",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const etag = response.headers()["etag"];
      expect(etag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(response.headers()["cache-control"], path).toBe("public, max-age=60");
      const again = await request.get(path, { headers: { "If-None-Match": etag } });
      expect(again.status(), path).toBe(304);
      expect(again.headers()["etag"]).toBe(etag);
    }
  });

  test("a list page is kept whole in the cache, and a publish or withdrawal changes it at once", async ({
    browser,
    request,
  }) => {
    const page = await pageWithSession(browser, doEmail("ti"));
    const admin = page.request;
    // First in slug order, so it is on the first page of the list.
    const draft = await createDraft(admin, (await campusIds(admin)).ti, unique("AAA Donnée ouverte"));
    const path = "/api/v1/actions?campus=ti&limit=5";
    const slugsAndTag = async () => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["set-cookie"]).toBeUndefined();
      const slugs = ((await response.json()) as Page).data.map((i) => i.slug);
      return { slugs, etag: response.headers()["etag"] };
    };

    const before = await slugsAndTag();
    expect(before.slugs).not.toContain(draft.slug);
    // Served again from the cache: the same bytes, so the same ETag, and a 304 for a client that has them.
    expect((await slugsAndTag()).etag).toBe(before.etag);
    expect((await request.get(path, { headers: { "If-None-Match": before.etag } })).status()).toBe(304);

    expect((await admin.post(`/api/admin/actions/${draft.id}/publish`)).status()).toBe(200);
    const published = await slugsAndTag();
    expect(published.slugs[0]).toBe(draft.slug);
    expect(published.etag).not.toBe(before.etag);
    expect((await request.get(path, { headers: { "If-None-Match": before.etag } })).status()).toBe(200);

    expect((await admin.post(`/api/admin/actions/${draft.id}/unpublish`)).status()).toBe(200);
    expect((await slugsAndTag()).slugs).not.toContain(draft.slug);
    await page.context().close();
  });

  test("CSV export: UTF-8 with BOM, comma-separated, downloadable", async ({ request }) => {
    const response = await request.get("/api/v1/formations?format=csv&campus=msi");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="cmq-bfc-formations.csv"');
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe(
      "id,slug,intitule,diplome,diplome_libelle,niveau,modalites,etat,etablissement,commune,departement,rncp,cfd,campus,url,mis_a_jour",
    );
    expect(lines.length).toBeGreaterThan(2);
  });

  test("the OpenAPI document describes this server", async ({ request, baseURL }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: `${baseURL}/api/v1` }]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/actions",
        "/actions/{id}",
        "/formations",
        "/partners",
        "/platforms",
        "/fundings",
        "/campuses",
      ]),
    );
    const names = doc.paths["/formations"].get.parameters.map((p: { name?: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "campus",
        "diploma",
        "level",
        "modality",
        "departement",
        "q",
        "limit",
        "cursor",
        "format",
      ]),
    );
  });
});
