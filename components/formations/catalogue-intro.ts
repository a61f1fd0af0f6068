import type { FormationFilterOptions } from "@/lib/formations/queries";
import { DIPLOMA_LABELS } from "@/lib/labels";
import { formatCount, plural } from "@/lib/text/plural";

/** "Bac pro" → "bac pro", "BTS" stays "BTS": a label inside a sentence. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * What the catalogue holds, from the data: "15 formations des campus : BTS
 * (4), bac pro (2)…, 4 autres formations, dans 9 établissements et 7
 * communes." `where` names the scope ("des campus", "du campus …").
 */
export function catalogueIntro(options: FormationFilterOptions, where: string): string {
  if (options.total === 0) return `Aucune formation ${where} n’est encore publiée.`;
  // Named diplomas first, most frequent first; the formations without one close the list.
  const diplomas = [...options.diplomaCounts]
    .sort((a, b) => Number(a.diploma === "AUTRE") - Number(b.diploma === "AUTRE"))
    .map(({ diploma, count }) =>
      diploma === "AUTRE"
        ? `${formatCount(count, plural("autre formation"))}`
        : `${inSentence(DIPLOMA_LABELS[diploma])} (${count})`,
    )
    .join(", ");
  const places = [
    options.establishments.length
      ? formatCount(options.establishments.length, plural("établissement"))
      : null,
    options.communes.length ? formatCount(options.communes.length, plural("commune")) : null,
  ].filter(Boolean);
  return `${formatCount(options.total, plural("formation"))} ${where}\u00A0: ${diplomas}${
    places.length ? `, dans ${places.join(" et ")}` : ""
  }. Filtrez par diplôme, niveau, modalité ou lieu.`;
}
