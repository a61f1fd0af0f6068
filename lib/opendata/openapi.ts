/**
 * The OpenAPI 3.1 document of the open data API, generated from the zod
 * schemas that validate the queries (input side: what a client writes in the
 * URL) and shape the items (output side: what it gets back). Nothing is
 * written twice: a new filter or field shows up here by itself.
 */
import { z } from "zod";
import { COLLECTION_NAMES, LIST_ORDER_KEY, collectionSpec, type CollectionName } from "./collections";
import {
  codeLabelSchema,
  itemResponseSchema,
  listResponseSchema,
  partialDateSchema,
  problemSchema,
  referenceSchema,
} from "./dto";
import { listQuerySchema } from "./filters";

type JsonSchema = Record<string, unknown>;

export const LICENCE = {
  name: "Licence Ouverte / Open Licence version 2.0 (Etalab)",
  url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
};

/** Query parameter of a list, as documented (OpenAPI parameter + its JSON Schema). */
export type QueryParameter = { name: string; description: string; schema: JsonSchema; isList: boolean };

/**
 * The query parameters of a collection's list, from its query schema read on
 * the input side (before preprocessing and transforms: the strings a client
 * sends, e.g. `status=en_cours`, not the enum values they become).
 */
export function queryParameters(name: CollectionName): QueryParameter[] {
  const json = z.toJSONSchema(listQuerySchema(collectionSpec(name).filters), {
    io: "input",
    unrepresentable: "any",
  }) as {
    properties?: Record<string, JsonSchema>;
  };
  return Object.entries(json.properties ?? {}).map(([param, schema]) => {
    const { description, ...rest } = schema as JsonSchema & { description?: string };
    return { name: param, description: description ?? "", schema: rest, isList: rest.type === "array" };
  });
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The item schemas and their shared parts, as components/schemas with $refs between them. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  const add = (id: string, schema: z.ZodType) => registry.add(schema, { id });
  add("CodeLabel", codeLabelSchema);
  add("PartialDate", partialDateSchema);
  add("Reference", referenceSchema);
  add("Problem", problemSchema);
  for (const name of COLLECTION_NAMES) {
    const spec = collectionSpec(name);
    const id = itemSchemaId(name);
    add(id, spec.item);
    add(`${id}List`, listResponseSchema(spec.item));
    add(`${id}Response`, itemResponseSchema(spec.item));
  }
  const { schemas } = z.toJSONSchema(registry, {
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  // Each component is a standalone JSON Schema document; inside OpenAPI the
  // dialect is given once (jsonSchemaDialect), so drop the per-schema $schema.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema;
      return [id, rest];
    }),
  );
}

function itemSchemaId(name: CollectionName): string {
  const id = collectionSpec(name).item.meta()?.id;
  if (typeof id !== "string") throw new Error(`Schéma sans identifiant : ${name}`);
  return id;
}

const cacheHeaders = {
  ETag: { description: "Empreinte forte (SHA-256) du corps de la réponse", schema: { type: "string" } },
  "Cache-Control": { description: "public, max-age=60", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "*", schema: { type: "string" } },
};

function listOperation(name: CollectionName) {
  const spec = collectionSpec(name);
  const id = itemSchemaId(name);
  return {
    operationId: `list-${name}`,
    summary: `${spec.title} (liste)`,
    description: `${spec.description} Triés par ${LIST_ORDER_KEY}, pagination par curseur. Avec format=csv : tous les éléments filtrés, en CSV.`,
    tags: [name],
    parameters: [
      ...queryParameters(name).map((p) => ({
        name: p.name,
        in: "query",
        required: false,
        description: p.isList
          ? `${p.description} — plusieurs valeurs : paramètre répété ou séparées par des virgules`
          : p.description,
        schema: p.schema,
        ...(p.isList ? { style: "form", explode: true } : {}),
      })),
      { $ref: "#/components/parameters/IfNoneMatch" },
    ],
    responses: {
      "200": {
        description: "Une page d'éléments (JSON) ou la liste filtrée entière (CSV)",
        headers: {
          ...cacheHeaders,
          Link: {
            description: 'Adresse de la page suivante (rel="next"), s\'il y en a une',
            schema: { type: "string" },
          },
        },
        content: {
          "application/json": { schema: ref(`${id}List`) },
          "text/csv": {
            schema: {
              type: "string",
              description: "UTF-8 avec BOM, séparateur virgule, une ligne d'en-tête",
            },
          },
        },
      },
      "304": { $ref: "#/components/responses/NotModified" },
      "400": { $ref: "#/components/responses/BadRequest" },
    },
  };
}

function itemOperation(name: CollectionName) {
  const spec = collectionSpec(name);
  const id = itemSchemaId(name);
  return {
    operationId: `get-${name}`,
    summary: `${spec.one} (fiche)`,
    tags: [name],
    parameters: [
      {
        name: "id",
        in: "path",
        required: true,
        description: "Identifiant (champ id des éléments)",
        schema: { type: "string" },
      },
      { $ref: "#/components/parameters/IfNoneMatch" },
    ],
    responses: {
      "200": {
        description: spec.one,
        headers: cacheHeaders,
        content: { "application/json": { schema: ref(`${id}Response`) } },
      },
      "304": { $ref: "#/components/responses/NotModified" },
      "404": { $ref: "#/components/responses/NotFound" },
    },
  };
}

/** The host-independent parts, generated once per process. */
let generated: { paths: Record<string, unknown>; schemas: Record<string, JsonSchema> } | undefined;
function generatedParts() {
  if (!generated) {
    const paths: Record<string, unknown> = {};
    for (const name of COLLECTION_NAMES) {
      paths[`/${name}`] = { get: listOperation(name) };
      paths[`/${name}/{id}`] = { get: itemOperation(name) };
    }
    generated = { paths, schemas: componentSchemas() };
  }
  return generated;
}

export function openApiDocument(options: {
  serverUrl: string;
  documentationUrl: string;
  contactEmail?: string;
}) {
  const { paths, schemas } = generatedParts();
  const problem = { "application/problem+json": { schema: ref("Problem") } };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Données ouvertes des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
      version: "1.0.0",
      description:
        "Campus, actions, formations, partenaires, plateformes technologiques et financements publiés par les six CMQ de Bourgogne-Franche-Comté. Lecture seule, sans clé, CORS ouvert. Seules les données publiées sont diffusées.",
      license: LICENCE,
      contact: {
        name: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
        url: options.documentationUrl,
        ...(options.contactEmail ? { email: options.contactEmail } : {}),
      },
    },
    externalDocs: { description: "Documentation et exemples", url: options.documentationUrl },
    servers: [{ url: options.serverUrl }],
    tags: COLLECTION_NAMES.map((name) => ({ name, description: collectionSpec(name).description })),
    paths,
    components: {
      schemas,
      parameters: {
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "ETag d'une réponse précédente : 304 si rien n'a changé",
          schema: { type: "string" },
        },
      },
      responses: {
        NotModified: {
          description: "Non modifié depuis l'ETag donné dans If-None-Match",
          headers: cacheHeaders,
        },
        BadRequest: {
          description: "Paramètre invalide (document de problème RFC 9457, champ errors)",
          content: problem,
        },
        NotFound: {
          description: "Collection ou élément introuvable (document de problème RFC 9457)",
          content: problem,
        },
      },
    },
  };
}
