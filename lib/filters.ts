/**
 * Building blocks of the public filter schemas. The same schemas parse the
 * search params of the public pages and the query of the open data API, and
 * generate the API's OpenAPI document, so filters cannot drift apart.
 *
 * In URLs, enum values are written in lower case (`status=en_cours`,
 * `diploma=bts`); a multi-valued filter takes repeated parameters or a
 * comma-separated list (`campus=ti&campus=msi`, `campus=ti,msi`).
 */
import { z } from "zod";
import { controlCharactersMessage, hasControlCharacters } from "@/lib/text/control";
import { CAMPUS_SLUGS } from "@/lib/site/campuses";

export type RawParams = Record<string, string | string[] | undefined>;

/** URLSearchParams → the plain object the schemas parse (repeated keys become arrays). */
export function paramsToObject(params: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** One search param of a back-office page, trimmed; undefined when absent or empty. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

function toList(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return [];
  const items = Array.isArray(value) ? value : [value];
  return items
    .flatMap((v) => (typeof v === "string" ? v.split(",") : [v]))
    .map((v) => (typeof v === "string" ? v.trim() : v))
    .filter((v) => v !== "");
}

function single(value: unknown): unknown {
  if (Array.isArray(value)) return value[0];
  if (value === "") return undefined;
  return typeof value === "string" ? value.trim() || undefined : value;
}

/** A lower-case URL code mapped to its enum value ("en_cours" → "EN_COURS"). */
export function enumCode<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  const codes = values.map((v) => v.toLowerCase()) as [string, ...string[]];
  return z
    .enum(codes, { error: `${label} : valeur inconnue (valeurs possibles : ${codes.join(", ")})` })
    .transform((code) => values[codes.indexOf(code)] as T[number]);
}

/** Zero, one or several values of `item`. */
export function many<T extends z.ZodType>(item: T) {
  return z.preprocess(toList, z.array(item)).default([] as never);
}

/** At most one value. */
export function one<T extends z.ZodType>(item: T) {
  return z.preprocess(single, item.optional());
}

export const campusParam = z.enum(CAMPUS_SLUGS, {
  error: `campus inconnu (valeurs possibles : ${CAMPUS_SLUGS.join(", ")})`,
});
export const queryText = z
  .string()
  .max(200, { error: "recherche trop longue (200 caractères au plus)" })
  .refine((v) => !hasControlCharacters(v), { error: controlCharactersMessage("recherche") });
/** A free text of a URL parameter (a commune…): no control characters, at most `max` characters. */
export function freeTextParam(name: string, max: number) {
  return z
    .string()
    .max(max, { error: `${name}\u00A0: ${max} caractères au plus` })
    .refine((v) => !hasControlCharacters(v), { error: controlCharactersMessage(name) });
}
export const yearParam = z.coerce
  .number({ error: "année attendue (ex. 2018)" })
  .int({ error: "année attendue (ex. 2018)" })
  .min(2013, { error: "année attendue entre 2013 et 2100" })
  .max(2100, { error: "année attendue entre 2013 et 2100" });
export const departementParam = z
  .string()
  .regex(/^(?:\d{2}|2[AB]|97\d)$/i, { error: "code de département attendu (ex. 21, 25)" })
  .transform((d) => d.toUpperCase());
export const slugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "identifiant attendu en minuscules-avec-tirets" });

/** Page number of the public lists (1-based). */
export const pageParam = one(z.coerce.number().int().min(1).max(10_000)).catch(undefined);
