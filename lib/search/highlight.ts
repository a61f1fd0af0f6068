/**
 * Highlighting of search matches on the original text: accent- and
 * case-insensitive, by word, the way the search matched (a word matches a
 * query word it starts with, or shares its stem with). Returns segments;
 * the component renders the matches as <mark> and React escapes the text.
 */
import { foldText } from "@/lib/text/fold";
import { significantWords } from "./text";

export type Segment = { text: string; isMatch: boolean };

/** True when a word of the text answers a query word (prefix or shared stem). */
function wordMatches(word: string, queryWord: string): boolean {
  // A one- or two-letter word ("de", "l") only marks itself, not every word it starts.
  if (queryWord.length < 3) return word === queryWord;
  if (word.startsWith(queryWord)) return true;
  // "énergies" for "energie", "formation" for "formations": a common stem.
  const stem = Math.max(4, Math.min(word.length, queryWord.length) - 2);
  return queryWord.length >= 4 && word.length >= stem && queryWord.slice(0, stem) === word.slice(0, stem);
}

export function highlightSegments(text: string, query: string | null | undefined): Segment[] {
  const words = query ? significantWords(query) : [];
  if (!text || words.length === 0) return text ? [{ text, isMatch: false }] : [];
  const segments: Segment[] = [];
  const push = (part: string, isMatch: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.isMatch === isMatch) last.text += part;
    else segments.push({ text: part, isMatch });
  };
  // Split into runs of letters/digits and the rest; compare each run normalized.
  for (const part of text.match(/[\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+/gu) ?? []) {
    const isWord = /[\p{L}\p{N}]/u.test(part);
    const normalized = isWord ? foldText(part) : "";
    push(part, isWord && words.some((w) => wordMatches(normalized, w)));
  }
  return segments;
}

/** An excerpt of `text` around its first match, at most `length` characters. */
export function excerptAround(text: string, query: string | null | undefined, length = 220): string {
  const clean = text
    .replace(/[#*_>`[\]]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (clean.length <= length) return clean;
  const firstMatch = highlightSegments(clean, query).findIndex((s) => s.isMatch);
  let start = 0;
  if (firstMatch > 0) {
    const offset = highlightSegments(clean, query)
      .slice(0, firstMatch)
      .reduce((n, s) => n + s.text.length, 0);
    start = Math.max(0, offset - Math.floor(length / 3));
    // Start on a word: the next space after the cut, if it is close enough.
    const space = clean.indexOf(" ", start);
    if (start > 0 && space >= 0 && space < offset) start = space + 1;
  }
  const end = Math.min(clean.length, start + length);
  const cut = clean.lastIndexOf(" ", end);
  const stop = end < clean.length && cut > start + length / 2 ? cut : end;
  return `${start > 0 ? "… " : ""}${clean.slice(start, stop)}${stop < clean.length ? " …" : ""}`;
}
