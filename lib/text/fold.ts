/**
 * French text folded for comparing, searching and deriving identifiers:
 * one definition, so a slug, a CSV header match and a search highlight all
 * treat "Énergie" and "energie" alike.
 */

/**
 * "Œuvre d'Énergie" → "oeuvre d'energie": lower case, no accents, ligatures
 * spelled out (the same as PostgreSQL's cmq_normalize: lower + unaccent).
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}/gu, "");
}

/** "Médiation numérique & énergie" → "mediation-numerique-energie" (at most `max` characters). */
export function slugify(value: string, max = 80): string {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}

/**
 * The slug of `base` ("forum-des-metiers"), else "forum-des-metiers-2", "-3"…:
 * the first one `taken` says is free. `fallback` names what has no letter.
 */
export async function availableSlug(
  taken: (candidate: string) => Promise<boolean>,
  base: string,
  { max = 70, fallback = "element" }: { max?: number; fallback?: string } = {},
): Promise<string> {
  const root = slugify(base, max) || fallback;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return `${root}-${Date.now().toString(36)}`;
}
