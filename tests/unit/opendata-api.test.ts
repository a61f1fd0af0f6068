import { describe, expect, it } from "vitest";
import { paramsToObject } from "@/lib/filters";
import { actionFiltersSchema } from "@/lib/actions/filters";
import { formationFiltersSchema } from "@/lib/formations/filters";
import { partnerFiltersSchema } from "@/lib/organisations/filters";
import { COLLECTION_NAMES, collectionSpec } from "@/lib/opendata/collections";
import { decodeCursor, encodeCursor } from "@/lib/opendata/cursor";
import { describeParameterValues } from "@/lib/opendata/docs";
import { listQuerySchema, pagingSchema } from "@/lib/opendata/filters";
import { etagMatches, etagOf, preflight, sendJson, sendProblem } from "@/lib/opendata/http";
import { openApiDocument, queryParameters } from "@/lib/opendata/openapi";
import { invalidQueryProblem, parameterErrors } from "@/lib/opendata/problem";

const doc = openApiDocument({
  serverUrl: "https://cmq-bfc.org/api/v1",
  documentationUrl: "https://cmq-bfc.org/donnees-ouvertes",
});

/** Every "$ref" in the document, with the path where it appears. */
function refs(value: unknown, path = "#"): { ref: string; at: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => refs(v, `${path}/${i}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      k === "$ref" && typeof v === "string" ? [{ ref: v, at: path }] : refs(v, `${path}/${k}`),
    );
  }
  return [];
}

function resolve(pointer: string): unknown {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === "object"
          ? (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")]
          : undefined,
      doc,
    );
}

describe("OpenAPI document", () => {
  it("is an OpenAPI 3.1 document with the licence and a server", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.license.name).toContain("Licence Ouverte");
    expect(doc.servers).toEqual([{ url: "https://cmq-bfc.org/api/v1" }]);
  });

  it("documents a list and an item path for every collection", () => {
    for (const name of COLLECTION_NAMES) {
      expect(doc.paths).toHaveProperty([`/${name}`, "get"]);
      expect(doc.paths).toHaveProperty([`/${name}/{id}`, "get"]);
    }
    expect(Object.keys(doc.paths).sort()).toEqual(
      COLLECTION_NAMES.flatMap((n) => [`/${n}`, `/${n}/{id}`]).sort(),
    );
  });

  it("resolves every $ref inside the document", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const { ref, at } of all) {
      expect(ref.startsWith("#/"), `${ref} (${at})`).toBe(true);
      expect(resolve(ref), `${ref} (${at})`).toBeTruthy();
    }
  });

  it("documents exactly the parameters the query schemas accept, and nothing else", () => {
    const shared = {
      actions: actionFiltersSchema,
      formations: formationFiltersSchema,
      partners: partnerFiltersSchema,
    };
    for (const name of COLLECTION_NAMES) {
      const operation = (doc.paths[`/${name}`] as { get: { parameters: { name?: string; in?: string }[] } })
        .get;
      const documented = operation.parameters.filter((p) => p.in === "query").map((p) => p.name);
      const accepted = Object.keys(listQuerySchema(collectionSpec(name).filters).shape);
      expect(documented.sort(), name).toEqual(accepted.sort());
      for (const paging of Object.keys(pagingSchema.shape)) expect(documented).toContain(paging);
      if (name in shared) {
        // The API's filters are the public pages' schemas themselves.
        expect(collectionSpec(name).filters).toBe(shared[name as keyof typeof shared]);
        for (const filter of Object.keys(shared[name as keyof typeof shared].shape))
          expect(documented).toContain(filter);
      }
    }
  });

  it("describes the query as written in the URL (input side), not the parsed values", () => {
    const status = queryParameters("actions").find((p) => p.name === "status")!;
    expect(status.schema).toEqual({
      type: "array",
      items: { type: "string", enum: ["projetee", "en_cours", "terminee"] },
    });
    const level = queryParameters("formations").find((p) => p.name === "level")!;
    expect(level.schema).toMatchObject({ type: "array", items: { type: "integer", minimum: 3, maximum: 8 } });
    const limit = queryParameters("partners").find((p) => p.name === "limit")!;
    expect(limit.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100 });
    expect(describeParameterValues(status.schema)).toBe(
      "projetee, en_cours, terminee (plusieurs valeurs possibles)",
    );
    expect(describeParameterValues(level.schema)).toBe(
      "nombre entier de 3 à 8 (plusieurs valeurs possibles)",
    );
  });

  it("generates each item's response schema from its zod DTO (same fields)", () => {
    const schemas = doc.components.schemas as Record<
      string,
      { properties?: Record<string, unknown>; required?: string[] }
    >;
    for (const name of COLLECTION_NAMES) {
      const item = collectionSpec(name).item;
      const id = item.meta()!.id as string;
      expect(Object.keys(schemas[id].properties!).sort()).toEqual(Object.keys(item.shape).sort());
      for (const common of ["id", "slug", "url", "campuses"]) expect(schemas[id].required).toContain(common);
      expect(schemas[`${id}List`].properties).toHaveProperty("nextCursor");
    }
    expect(schemas.Problem.properties).toHaveProperty("errors");
  });
});

describe("query validation", () => {
  const schema = listQuerySchema(actionFiltersSchema);

  it("names each invalid or unknown parameter", () => {
    const result = schema.safeParse(
      paramsToObject(new URLSearchParams("status=finie&year=deux&limit=0&statut=en_cours&campus=ti")),
    );
    expect(result.success).toBe(false);
    const errors = parameterErrors(result.error!);
    expect(errors.map((e) => e.parameter).sort()).toEqual(["limit", "status", "statut", "year"]);
    expect(errors.find((e) => e.parameter === "statut")!.detail).toBe("paramètre inconnu");
    const problem = invalidQueryProblem(
      errors,
      "https://cmq-bfc.org/donnees-ouvertes#requete-invalide",
      "/api/v1/actions",
    );
    expect(problem).toMatchObject({ status: 400, title: "Requête invalide", errors });
    expect(problem.detail).toContain("status");
  });

  it("accepts the public pages' parameters plus paging", () => {
    const parsed = schema.parse(
      paramsToObject(new URLSearchParams("campus=ti,msi&status=en_cours&limit=10&format=csv")),
    );
    expect(parsed).toMatchObject({ campus: ["ti", "msi"], status: ["EN_COURS"], limit: 10, format: "csv" });
  });
});

describe("cursors", () => {
  it("round-trip and are opaque", () => {
    const cursor = encodeCursor("salon-get-smart");
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain("salon");
    expect(decodeCursor(cursor)).toBe("salon-get-smart");
  });

  it("refuse what they did not produce", () => {
    expect(decodeCursor("salon-get-smart")).toBeNull();
    expect(decodeCursor(Buffer.from('{"v":2,"after":"x"}').toString("base64url"))).toBeNull();
    expect(decodeCursor("!!")).toBeNull();
  });
});

describe("HTTP conventions", () => {
  it("compare ETags weakly for If-None-Match", () => {
    const tag = etagOf("corps");
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`W/${tag}`, tag)).toBe(true);
    expect(etagMatches(`"autre", ${tag}`, tag)).toBe(true);
    expect(etagMatches("*", tag)).toBe(true);
    expect(etagMatches('"autre"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
  });

  it("answer 304 without a body when the client has the same version", async () => {
    const first = sendJson(new Request("https://cmq-bfc.org/api/v1/x"), { data: [1] });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const etag = first.headers.get("etag")!;
    expect(etag).toBe(etagOf(await first.text()));
    const second = sendJson(
      new Request("https://cmq-bfc.org/api/v1/x", { headers: { "If-None-Match": etag } }),
      { data: [1] },
    );
    expect(second.status).toBe(304);
    expect(second.headers.get("etag")).toBe(etag);
    expect(await second.text()).toBe("");
  });

  it("send problems as application/problem+json, never as 304", () => {
    const problem = invalidQueryProblem([{ parameter: "q", detail: "trop long" }], "about:blank", "/x");
    const response = sendProblem(
      new Request("https://cmq-bfc.org/x", { headers: { "If-None-Match": "*" } }),
      problem,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const failure = sendProblem(new Request("https://cmq-bfc.org/x"), {
      type: "about:blank",
      title: "Erreur interne",
      status: 500,
      detail: "…",
    });
    expect(failure.status).toBe(500);
    expect(failure.headers.get("cache-control")).toBe("no-store");
  });

  it("answer CORS preflights for reading", () => {
    const response = preflight(
      new Request("https://cmq-bfc.org/api/v1/actions", {
        method: "OPTIONS",
        headers: { "Access-Control-Request-Headers": "if-none-match" },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toBe("if-none-match");
  });
});
