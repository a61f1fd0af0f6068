/**
 * The public form of an editors' "source" note. The back office keeps the
 * whole note ("Rapport d'activité 2018 des CMQ de BFC, § 3.6.3 et annexe I");
 * a visitor reads only the document it names, never section or annex numbers.
 */
const REFERENCE = /\s*(?:[,;(]\s*)?(?:§|\bannexes?\b|\bchapitres?\b|\bp\.\s*\d|\bpages?\s+\d).*$/isu;

export function publicSource(source: string | null | undefined): string | null {
  const first = (source ?? "").split(/\.\s/u)[0] ?? "";
  const line = first
    .replace(REFERENCE, "")
    .replace(/[\s,;.:]+$/u, "")
    .trim();
  return line.length >= 3 ? line : null;
}
