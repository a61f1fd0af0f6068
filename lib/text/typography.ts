/**
 * French typography for every text a person reads: pages, mails, exports.
 *
 * Stored texts (content/, the back office) are written with ordinary spaces
 * and straight apostrophes; the rules of French typesetting are applied
 * when they are shown, so a line never ends on « or starts with » or ?.
 *
 * - narrow no-break space (U+202F) inside « » and before ; ! ?
 * - no-break space (U+00A0) before :
 * - typographic apostrophe (’) for the straight one between letters
 *
 * The rules only touch punctuation that ends a word (followed by a space or
 * the end of the text), so "https://", "14:32" or "?page=2" stay as they are.
 * Applying the formatter twice gives the same text.
 */

export const NARROW_NBSP = "\u202F";
export const NBSP = "\u00A0";

/** Spaces that may stand before French "high" punctuation in a stored text. */
const SPACES = "[ \\t\\u00A0\\u202F]*";

const RULES: [RegExp, string][] = [
  // l'action, aujourd'hui, « qu'il » — not quotes around a word ('…').
  [/(\p{L})'(?=\p{L})/gu, "$1’"],
  // « guillemets » with their narrow no-break spaces inside.
  [new RegExp(`«${SPACES}`, "g"), `«${NARROW_NBSP}`],
  [new RegExp(`${SPACES}»`, "g"), `${NARROW_NBSP}»`],
  // ; ! ? after a word or a closing sign, at the end of that word.
  [new RegExp(`([\\p{L}\\p{N}»)\\]’"])${SPACES}([;!?]+)(?=\\s|$|[»)\\]])`, "gu"), `$1${NARROW_NBSP}$2`],
  // : after a word, followed by a space or the end (not 14:32, not https://).
  [new RegExp(`([\\p{L}\\p{N}»)\\]’"])${SPACES}:(?=\\s|$)`, "gu"), `$1${NBSP}:`],
];

/** A plain text with the French typographic rules applied. */
export function frenchTypography(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/**
 * `frenchTypography` for whatever a component is about to show: a string is
 * typeset, anything else (null, an element, a number) is returned unchanged.
 */
export function fr<T>(text: T): T {
  return (typeof text === "string" ? frenchTypography(text) : text) as T;
}

/**
 * A piece of text that may follow an inline element ("[voir](…) ?"): its
 * leading space before ; ! ? or : is the one the word before it would have had.
 */
function typesetFragment(text: string): string {
  return frenchTypography(
    text.replace(/^[ \t]+([;!?]+)(?=\s|$)/, `${NARROW_NBSP}$1`).replace(/^[ \t]+:(?=\s|$)/, `${NBSP}:`),
  );
}

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };

/**
 * A rehype plugin: French typography on every text of a Markdown body,
 * code excepted. Applying it per text node keeps links and emphasis intact
 * (a « in one node and its » in the next still get their spaces).
 */
export function rehypeFrenchTypography() {
  const walk = (node: HastNode) => {
    if (node.type === "text" && typeof node.value === "string") node.value = typesetFragment(node.value);
    if (node.type === "element" && (node.tagName === "code" || node.tagName === "pre")) return;
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}

/** Words or addresses in a shown text that keep their own characters: URLs, e-mails, paths, times. */
const VERBATIM = /\b(?:https?:\/\/|www\.|mailto:)\S+|\S+@\S+\.\S+|\/[\w\-./?=&%]+|\b\d{1,2}:\d{2}\b/gu;

/** The faults `typographyFaults` reports, each with what a visitor sees instead. */
const FAULTS: { name: string; pattern: RegExp }[] = [
  {
    name: "espace ordinaire ou absente avant ; ! ?",
    pattern: /(?:[\p{L}\p{N}»)\]’"]| )[;!?]+(?=\s|$|[»)\]])/gu,
  },
  { name: "espace ordinaire ou absente avant :", pattern: /[\p{L}\p{N}»)\]’"] ?:(?=\s|$)/gu },
  { name: "espace ordinaire après «", pattern: /« /gu },
  { name: "espace ordinaire avant »", pattern: / »/gu },
  { name: "apostrophe droite", pattern: /\p{L}'\p{L}/gu },
];

/**
 * Where a text as shown breaks the rules `frenchTypography` applies (a
 * no-break space, U+00A0 or U+202F, is accepted before ; ! ? and :): one
 * line per fault, naming it with the words around it. URLs, e-mail
 * addresses, paths and times are not read.
 */
export function typographyFaults(text: string): string[] {
  const readable = text.replace(VERBATIM, (match) => "x".repeat(match.length));
  const faults: string[] = [];
  for (const { name, pattern } of FAULTS) {
    for (const match of readable.matchAll(pattern)) {
      const at = match.index ?? 0;
      const excerpt = text.slice(Math.max(0, at - 30), at + match[0].length + 10).replace(/\s+/g, " ");
      faults.push(`${name} — « ${excerpt.trim()} »`);
    }
  }
  return faults;
}
