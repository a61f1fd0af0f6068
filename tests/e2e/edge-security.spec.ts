/**
 * The HTTP edge (server.ts): CSP nonces on cached pages, hosts that are not
 * the portal's, refusals that must not reach Next.js, and what may be kept
 * by a cache.
 */
import { expect, test, type Page } from "@playwright/test";
import { COORDINATOR, doEmail, loadSession } from "./fixtures/auth";
import { campusIds, createDraft, unique } from "./fixtures/backoffice";
import { HUB, PORT, SEEDED } from "./public-support";

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

/** Every executable script of a page: the nonce it carries (or null). */
function scriptNonces(html: string): (string | null)[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes))
    .map(([, attributes]) => /\bnonce="([^"]+)"/.exec(attributes)?.[1] ?? null);
}

test("a page served from the cache gets a new nonce on every response, the one its scripts carry", async ({
  request,
}) => {
  await request.get("/ti");
  const [first, second] = [await request.get("/ti"), await request.get("/ti")];
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  const nonces = [first, second].map((r) => nonceOf(r.headers()["content-security-policy"]));
  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
  for (const [i, response] of [first, second].entries()) {
    const policy = response.headers()["content-security-policy"];
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline[^;]*;.*script-src|script-src[^;]*unsafe-(inline|eval)/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(policy).toContain(directive);
    // Inline scripts run only with this response's nonce; every script that has one has it.
    const html = await response.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>(?!<\/script>)/g)].filter(
      ([, a]) => !/\bsrc=|application\/ld\+json/.test(a),
    );
    expect(inline.length).toBeGreaterThan(3);
    for (const [, attributes] of inline) expect(attributes).toContain(`nonce="${nonces[i]}"`);
    expect(new Set(scriptNonces(html).filter(Boolean))).toEqual(new Set([nonces[i]]));
  }
});

async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  return violations;
}

test("the browser reports no CSP violation on public and back-office pages, and they run their scripts", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  for (const path of [
    "/",
    "/ti",
    `/ti/actions/${SEEDED.action}`,
    "/formations?diploma=bts",
    "/ti/nimporte-quoi",
  ]) {
    await page.goto(path);
    // Its script files were loaded (a blocked script is never fetched).
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .some((e) => /\/_next\/static\/chunks\/.*\.js$/.test(e.name)),
        ),
      )
      .toBe(true);
  }
  await loadSession(page, COORDINATOR);
  for (const path of ["/admin", "/admin/actions", "/admin/rapport"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("a forged X-Forwarded-Host never puts its host in robots.txt, sitemaps, the API or feeds", async ({
  request,
}) => {
  const headers = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };
  for (const path of ["/robots.txt", "/sitemap.xml", "/api/v1/campuses", "/api/v1", "/ti/actualites.xml"]) {
    const response = await request.get(path, { headers });
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(body, path).toContain(`localhost:${PORT}`);
    expect(body, path).not.toContain("evil.example");
  }
});

test("on an IP host the API answers with URLs on the configured domain", async ({ request }) => {
  const response = await request.get(`http://127.0.0.1:${PORT}/api/v1/campuses`);
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toContain("https://ti.cmq-bfc.org/");
  expect(body).not.toContain("127.0.0.1");
});

test("a server action posted from another site is refused with 403, a body over the limit with 413", async ({
  request,
}) => {
  const foreign = await request.post("/connexion", {
    headers: { "Next-Action": "0123456789abcdef", Origin: "https://evil.example" },
    form: { email: "x@example.org", password: "x" },
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain("Requête refusée");

  const huge = await request.post("/connexion", {
    headers: { "Content-Type": "text/plain" },
    data: "x".repeat(2 * 1024 * 1024),
  });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain("trop volumineux");
});

test("personal responses are private and never stored; public pages set no cookie and may be cached", async ({
  page,
}) => {
  for (const path of ["/connexion", "/admin", "/api/admin/actions", "/api/rapport/2018.csv"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
  }
  const anonymous = await page.request.get("/admin", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers().location).toBe("/connexion?callbackUrl=%2Fadmin");

  const pub = await page.request.get("/ti");
  expect(pub.headers()["set-cookie"]).toBeUndefined();
  expect(pub.headers()["cache-control"]).not.toContain("private");

  // Signed in, every response is personal, public pages included.
  await loadSession(page, doEmail("ti"));
  for (const path of ["/ti", "/admin/actions"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
  }
  const missing = await page.request.get("/admin/actions/inexistante");
  expect(missing.status()).toBe(404);
});

test("a publish is on the cached public pages at once, by path and by host", async ({ page }) => {
  await loadSession(page, doEmail("amf"));
  const api = page.request;
  const title = unique("Atelier publié");
  const draft = await createDraft(api, (await campusIds(api)).amf, title);
  // The 404 of the draft is cached, like the list without it.
  expect((await api.get(`/amf/actions/${draft.slug}`)).status()).toBe(404);
  expect(await (await api.get("/amf/actions")).text()).not.toContain(title);
  expect((await api.get(`/api/v1/actions/${draft.id}`)).status()).toBe(404);

  expect((await api.post(`/api/admin/actions/${draft.id}/publish`)).status()).toBe(200);
  const anonymous = await page.context().browser()!.newContext();
  const amfHost = { Host: `amf.localhost:${PORT}` };
  for (const [url, headers] of [
    [`/amf/actions/${draft.slug}`, {}],
    [`/actions/${draft.slug}`, amfHost],
    ["/amf/actions", {}],
    [`/api/v1/actions/${draft.id}`, {}],
    ["/amf/actualites.xml", {}],
  ] as const) {
    const response = await anonymous.request.get(`${HUB}${url}`, { headers });
    expect(response.status(), url).toBe(200);
    expect(await response.text(), url).toContain(title);
  }
  await anonymous.close();
  // Seeded counts of the other tests stay as they were.
  expect((await api.post(`/api/admin/actions/${draft.id}/archive`)).status()).toBe(200);
});
