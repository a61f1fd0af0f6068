/**
 * Query text handling shared by the SQL search and the highlighting: the
 * same normalization as PostgreSQL's cmq_normalize (lower + unaccent), the
 * same word splitting, so what is found is also what is highlighted.
 */

import { foldText } from "@/lib/text/fold";

/**
 * Words French search ignores (PostgreSQL's french stop list, short form).
 * They are dropped from highlighting; the tsquery drops them by itself.
 */
const STOP_WORDS = new Set(
  "a au aux avec ce ces c d dans de des du elle en et eux il je j l la le les leur lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y".split(
    " ",
  ),
);

/** The normalized words of a query, at most 8, letters and digits only. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/** The words that carry meaning (stop words removed unless nothing else remains). */
export function significantWords(query: string): string[] {
  const words = queryWords(query);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : words.filter((w) => w.length > 1);
}

/**
 * A to_tsquery expression matching every word as a prefix:
 * "métiers d'art" → "metiers:* & d:* & art:*". Words are letters and digits
 * only, so the expression is always valid; it is still passed as a bound
 * parameter, never spliced into SQL. Empty when the query has no word.
 */
export function prefixTsQuery(query: string): string {
  return queryWords(query)
    .map((w) => `${w}:*`)
    .join(" & ");
}
