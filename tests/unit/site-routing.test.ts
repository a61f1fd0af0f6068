import { describe, expect, it } from "vitest";
import { notFoundDocument, routeRequest, searchKey, searchParamsOfKey } from "@/lib/site/routing";

const options = { base: "cmq-bfc.org", publicFiles: new Set(["/favicon.svg"]) };
const route = (host: string | undefined, url: string) => routeRequest(host, url, options);

describe("routing by host", () => {
  it("serves the hub and path-mode campus pages under the host's site key", () => {
    expect(route("cmq-bfc.org", "/")).toEqual({ kind: "next", url: "/cmq-bfc.org", siteKey: "cmq-bfc.org" });
    expect(route("cmq-bfc.org", "/ti/actions")).toMatchObject({ url: "/cmq-bfc.org/ti/actions" });
    expect(route("localhost:3000", "/formations/bts-sn")).toMatchObject({
      url: "/localhost:3000/formations/bts-sn",
    });
  });

  it("serves a campus host's pages from its sub-site, keyed by that host", () => {
    expect(route("ti.cmq-bfc.org", "/actions")).toEqual({
      kind: "next",
      url: "/ti.cmq-bfc.org/ti/actions",
      siteKey: "ti.cmq-bfc.org",
    });
    expect(route("ti.localhost:3000", "/")).toMatchObject({ url: "/ti.localhost:3000/ti" });
  });

  it("sends /<campus>/… on the campus's own host, and trailing slashes, to the one address", () => {
    expect(route("ti.cmq-bfc.org", "/ti/actions?q=x")).toEqual({
      kind: "redirect",
      location: "/actions?q=x",
    });
    expect(route("ti.cmq-bfc.org", "/ti")).toEqual({ kind: "redirect", location: "/" });
    expect(route("cmq-bfc.org", "/actions/")).toEqual({ kind: "redirect", location: "/actions" });
  });

  it("treats any other host as the configured domain", () => {
    for (const host of ["127.0.0.1:3000", "evil.example", undefined])
      expect(route(host, "/robots.txt")).toMatchObject({
        url: "/cmq-bfc.org/robots.txt",
        siteKey: "cmq-bfc.org",
      });
  });

  it("leaves shared paths as they are, with the site key for their handlers", () => {
    for (const url of [
      "/_next/static/x.js",
      "/api/v1/campuses?x=1",
      "/admin/actions",
      "/connexion",
      "/favicon.svg",
    ])
      expect(route("ti.cmq-bfc.org", url)).toEqual({ kind: "next", url, siteKey: "ti.cmq-bfc.org" });
  });

  it("sends a list asked for with its filters to the per-request variant, and keeps the query", () => {
    expect(route("cmq-bfc.org", "/formations?diploma=bts")).toMatchObject({
      url: "/cmq-bfc.org/formations/_filtre?diploma=bts",
    });
    expect(route("ti.cmq-bfc.org", "/actions?page=2")).toMatchObject({
      url: "/ti.cmq-bfc.org/ti/actions/_filtre?page=2",
    });
    expect(route("cmq-bfc.org", "/ti/widget/formations?level=5")).toMatchObject({
      url: "/cmq-bfc.org/ti/widget/formations/_filtre?level=5",
    });
  });

  it("sends a search to the page of its query, kind and page, the same whatever else the query holds", () => {
    const key = (query: string) => Buffer.from(query).toString("base64url");
    expect(route("cmq-bfc.org", "/ti/recherche?q=energie")).toMatchObject({
      url: `/cmq-bfc.org/ti/recherche/requete/${key("q=energie")}?q=energie`,
    });
    expect(
      route("ti.cmq-bfc.org", "/recherche?page=2&utm_source=x&q=%C3%A9nergie&type=actions"),
    ).toMatchObject({
      url: `/ti.cmq-bfc.org/ti/recherche/requete/${key("q=%C3%A9nergie&type=actions&page=2")}?page=2&utm_source=x&q=%C3%A9nergie&type=actions`,
    });
    expect(searchKey(new URLSearchParams("type=actions&q=bts"))).toBe(
      searchKey(new URLSearchParams("q=bts&type=actions&x=1")),
    );
    expect(searchKey(new URLSearchParams("utm_source=x"))).toBeNull();
  });

  it("reads a search page's query back from its key, and nothing from a key it did not make", () => {
    const key = searchKey(new URLSearchParams("q=métiers d'art&page=3"))!;
    expect(searchParamsOfKey(key)).toEqual({ q: "métiers d'art", page: "3" });
    expect(searchParamsOfKey("prerender.invalid")).toBeNull();
    expect(searchParamsOfKey(Buffer.from("page=2&q=x").toString("base64url"))).toBeNull();
    expect(searchParamsOfKey(Buffer.from("other=1").toString("base64url"))).toBeNull();
  });

  it("serves a query too long for a page of its own by the per-request variant", () => {
    const q = "énergie ".repeat(20);
    expect(route("cmq-bfc.org", `/recherche?q=${encodeURIComponent(q)}`)).toMatchObject({
      url: `/cmq-bfc.org/recherche/_filtre?q=${encodeURIComponent(q)}`,
    });
  });

  it("keeps the cached list for other query keys and for lists without a filtered view", () => {
    expect(route("cmq-bfc.org", "/formations?utm_source=x")).toMatchObject({
      url: "/cmq-bfc.org/formations?utm_source=x",
    });
    expect(route("cmq-bfc.org", "/ti/partenaires?kind=entreprise")).toMatchObject({
      url: "/cmq-bfc.org/ti/partenaires?kind=entreprise",
    });
  });
});

describe("404 documents", () => {
  const documentOf = (host: string | undefined, url: string) =>
    notFoundDocument(route(host, url), options.base);

  it("names the 404 document of the page's own site: the hub's, or the campus's in its frame", () => {
    expect(documentOf("cmq-bfc.org", "/formations/inconnue")).toEqual({
      path: "/_introuvable",
      isDocument: false,
    });
    expect(documentOf("cmq-bfc.org", "/page-qui-n-existe-pas?x=1")).toEqual({
      path: "/_introuvable",
      isDocument: false,
    });
    expect(documentOf("cmq-bfc.org", "/ti/actions/inconnue")).toEqual({
      path: "/ti/_introuvable",
      isDocument: false,
    });
    expect(documentOf("ti.cmq-bfc.org", "/actions/inconnue")).toEqual({
      path: "/_introuvable",
      isDocument: false,
    });
    expect(documentOf("localhost:3000", "/")).toEqual({ path: "/_introuvable", isDocument: false });
  });

  it("knows the document itself, on the hub, under a campus and on a campus's host", () => {
    expect(documentOf("cmq-bfc.org", "/_introuvable")).toMatchObject({ isDocument: true });
    expect(documentOf("cmq-bfc.org", "/ti/_introuvable")).toMatchObject({ isDocument: true });
    expect(documentOf("ti.localhost:3000", "/_introuvable")).toMatchObject({
      path: "/_introuvable",
      isDocument: true,
    });
    expect(documentOf("cmq-bfc.org", "/actions/_introuvable")).toMatchObject({ isDocument: false });
  });

  it("has none for what is not a public page", () => {
    for (const url of [
      "/api/v1/campuses",
      "/admin/actions",
      "/connexion",
      "/_next/static/x.js",
      "/media/1/a.png",
    ])
      expect(documentOf("cmq-bfc.org", url), url).toBeNull();
    expect(documentOf("ti.cmq-bfc.org", "/ti/actions")).toBeNull();
  });
});
