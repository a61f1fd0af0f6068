import "server-only";
/**
 * The open data API's responses. Route handlers pass the request and the
 * site it was made on (for absolute links); everything else is decided here.
 */
import type { z } from "zod";
import { cachedQueryRead } from "@/lib/cache/read";
import { paramsToObject } from "@/lib/filters";
import type { Site } from "@/lib/site/links";
import {
  COLLECTION_NAMES,
  collectionSpec,
  isCollectionName,
  type AnyCollectionSpec,
  type CollectionName,
} from "./collections";
import { CSV_CONTENT_TYPE, csvHeader, csvRows, textStream } from "./csv";
import { decodeCursor, encodeCursor } from "./cursor";
import { DEFAULT_LIMIT, listQuerySchema } from "./filters";
import { EtagHasher, etagOf, sendBody, sendJson, sendProblem, sendStream } from "./http";
import { LICENCE, openApiDocument } from "./openapi";
import { invalidQueryProblem, notFoundProblem, parameterErrors } from "./problem";
import { READ_TAGS, readerOf, type Page } from "./queries";
import { publicUrls } from "./urls";

/** Rows read from the database per round trip when a CSV export walks a whole list. */
const CSV_BATCH = 200;

const querySchemas = new Map<CollectionName, z.ZodObject>();
function querySchemaOf(name: CollectionName): z.ZodObject {
  let schema = querySchemas.get(name);
  if (!schema) querySchemas.set(name, (schema = listQuerySchema(collectionSpec(name).filters)));
  return schema;
}

function instanceOf(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

function unknownCollection(request: Request, site: Site, name: string): Response {
  return sendProblem(
    request,
    notFoundProblem(
      `La collection « ${name} » n'existe pas. Consultez ${publicUrls.api(site, "/openapi.json")}.`,
      publicUrls.documentation(site, "introuvable"),
      instanceOf(request),
    ),
  );
}

type ParsedList = {
  filters: Record<string, unknown>;
  limit: number | undefined;
  after: string | null;
  format: "json" | "csv";
};

function parseListQuery(
  name: CollectionName,
  url: URL,
): { ok: true; value: ParsedList } | { ok: false; errors: ReturnType<typeof parameterErrors> } {
  const parsed = querySchemaOf(name).safeParse(paramsToObject(url.searchParams));
  if (!parsed.success) return { ok: false, errors: parameterErrors(parsed.error) };
  const { limit, cursor, format, ...filters } = parsed.data as Record<string, unknown> & {
    limit?: number;
    cursor?: string;
    format?: "json" | "csv";
  };
  let after: string | null = null;
  if (cursor !== undefined) {
    after = decodeCursor(cursor);
    if (after === null)
      return {
        ok: false,
        errors: [
          { parameter: "cursor", detail: "curseur invalide : reprenez la valeur nextCursor d'une réponse" },
        ],
      };
  }
  return { ok: true, value: { filters, limit, after, format: format ?? "json" } };
}

/** An unexpected failure still answers as a problem document (never cached), not as an HTML error page. */
async function guarded(request: Request, site: Site, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    console.error("API données ouvertes :", error);
    return sendProblem(request, {
      type: publicUrls.documentation(site, "cache-et-erreurs"),
      title: "Erreur interne",
      status: 500,
      detail: "Le service n'a pas pu répondre. Réessayez plus tard.",
      instance: instanceOf(request),
    });
  }
}

/** GET /api/v1/<collection>: one page as JSON, or the whole (filtered) list as CSV. */
export async function respondList(request: Request, collection: string, site: Site): Promise<Response> {
  return guarded(request, site, () => list(request, collection, site));
}

async function list(request: Request, collection: string, site: Site): Promise<Response> {
  if (!isCollectionName(collection)) return unknownCollection(request, site, collection);
  const url = new URL(request.url);
  const query = parseListQuery(collection, url);
  if (!query.ok) {
    return sendProblem(
      request,
      invalidQueryProblem(
        query.errors,
        publicUrls.documentation(site, "requete-invalide"),
        instanceOf(request),
      ),
    );
  }
  const { filters, limit, after, format } = query.value;
  if (format === "csv") return respondCsv(request, collection, filters, { after, limit }, site);

  const page = await jsonPage(collection, filters, { after, take: limit ?? DEFAULT_LIMIT }, site);
  const headers: Record<string, string> = {};
  if (page.nextCursor) {
    const next = new URL(publicUrls.api(site, `/${collection}`));
    next.search = url.search;
    next.searchParams.set("cursor", page.nextCursor);
    headers.Link = `<${next.toString()}>; rel="next"`;
  }
  return sendBody(request, page.body, JSON_CONTENT_TYPE, headers, 200, page.etag);
}

const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/**
 * One JSON page of a list as it is sent: its bytes and their ETag, cached
 * whole (keyed by the parsed query and the site, invalidated by the
 * collection's tags). A request then reads one value from the cache,
 * instead of a page of items to rebuild, serialise and hash each time. The
 * body is kept as bytes, not as a string: the cache hands a string back
 * through a UTF-8 decoder, which cost more than everything else together.
 */
async function jsonPage(
  collection: CollectionName,
  filters: Record<string, unknown>,
  page: Page,
  site: Site,
): Promise<{ body: Uint8Array<ArrayBuffer>; etag: string; nextCursor: string | null }> {
  "use cache";
  cachedQueryRead(...READ_TAGS[collection]);
  const rows = await readerOf(collection).list(filters, { after: page.after, take: page.take + 1 }, site);
  const data = rows.slice(0, page.take);
  const nextCursor = rows.length > page.take ? encodeCursor(data[data.length - 1].slug) : null;
  const body = new TextEncoder().encode(JSON.stringify({ data, nextCursor }));
  return { body, etag: etagOf(body), nextCursor };
}

/** Every CSV chunk of a list: the header, then the rows, read batch by batch. */
async function* csvChunks(
  spec: AnyCollectionSpec,
  collection: CollectionName,
  filters: unknown,
  start: { after: string | null; limit?: number },
  site: Site,
) {
  yield csvHeader(spec.csv);
  let after = start.after;
  let remaining = start.limit ?? Number.POSITIVE_INFINITY;
  while (remaining > 0) {
    const page: Page = { after, take: Math.min(CSV_BATCH, remaining) };
    const items = await readerOf(collection).list(filters, page, site);
    if (items.length > 0) yield csvRows(spec.csv as never, items);
    if (items.length < page.take) return;
    remaining -= items.length;
    after = items[items.length - 1].slug;
  }
}

/**
 * A CSV export is read batch by batch from the cached lists. Its strong ETag
 * needs the exact bytes first, so they are read before the response starts
 * (cached reads only run while the request is being handled), and a client
 * that has the file gets its 304 without the body being sent.
 */
async function respondCsv(
  request: Request,
  collection: CollectionName,
  filters: unknown,
  start: { after: string | null; limit?: number },
  site: Site,
) {
  const spec = collectionSpec(collection);
  const hasher = new EtagHasher();
  const chunks: string[] = [];
  for await (const chunk of csvChunks(spec, collection, filters, start, site)) {
    hasher.update(chunk);
    chunks.push(chunk);
  }
  return sendStream(
    request,
    hasher.digest(),
    () =>
      textStream(async function* () {
        yield* chunks;
      }),
    CSV_CONTENT_TYPE,
    {
      "Content-Disposition": `attachment; filename="cmq-bfc-${collection}.csv"`,
    },
  );
}

/** GET /api/v1/<collection>/<id>: one published item by its database id. */
export async function respondItem(
  request: Request,
  collection: string,
  id: string,
  site: Site,
): Promise<Response> {
  return guarded(request, site, () => item(request, collection, id, site));
}

async function item(request: Request, collection: string, id: string, site: Site): Promise<Response> {
  if (!isCollectionName(collection)) return unknownCollection(request, site, collection);
  const item = id.length <= 100 ? await readerOf(collection).get(id, site) : null;
  if (!item) {
    return sendProblem(
      request,
      notFoundProblem(
        `Aucun élément publié de la collection « ${collection} » n'a l'identifiant « ${id} ».`,
        publicUrls.documentation(site, "introuvable"),
        instanceOf(request),
      ),
    );
  }
  return sendJson(request, { data: item });
}

/** GET /api/v1/openapi.json. */
export async function respondOpenApi(request: Request, site: Site): Promise<Response> {
  const document = openApiDocument({
    serverUrl: publicUrls.api(site),
    documentationUrl: publicUrls.documentation(site),
  });
  return sendBody(request, JSON.stringify(document), "application/json; charset=utf-8");
}

/** GET /api/v1: where to start. */
export async function respondIndex(request: Request, site: Site): Promise<Response> {
  return sendJson(request, {
    title: "Données ouvertes des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    licence: LICENCE,
    documentation: publicUrls.documentation(site),
    openapi: publicUrls.api(site, "/openapi.json"),
    collections: COLLECTION_NAMES.map((name) => ({
      name,
      title: collectionSpec(name).title,
      url: publicUrls.api(site, `/${name}`),
    })),
  });
}
