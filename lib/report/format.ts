/**
 * French wording shared by every renderer of the report: amounts, periods,
 * counts and the spacing of French punctuation (numbers and dates:
 * lib/text/format.ts).
 */
import { formatPartialDate, formatPeriod, parsePartialDate } from "@/lib/dates/partial-date";
import type { AmountBasis } from "@/lib/generated/prisma/enums";
import { formatEuros, formatNumber } from "@/lib/text/format";
import { pluralForm } from "@/lib/text/plural";
import { frenchTypography } from "@/lib/text/typography";

/** Narrow no-break space: thousands separator and space before ; : ! ? ». */
export const NNBSP = "\u202F";

export function formatAmount(
  amount: number | null,
  basis: AmountBasis | null,
  isIndicative: boolean,
): string {
  if (amount === null) return "montant non précisé";
  const base = `${formatEuros(amount)}${basis === "PER_YEAR" ? " par an" : ""}`;
  return isIndicative ? `${base} (a priori)` : base;
}

/** When an edition was published, after « Édition publiée »: « en 2019 », « le 7 février 2019 ». */
export function publishedOnLabel(value: string): string {
  const words = formatStoredDate(value) ?? value;
  return `${/^\d{4}-\d{2}-\d{2}$/.test(value) ? "le" : "en"} ${words}`;
}

/** A stored partial date ("2018-06") in words, or null. */
export function formatStoredDate(value: string | null): string | null {
  const p = value ? parsePartialDate(value) : null;
  return p ? formatPartialDate(p.date, p.precision) : null;
}

/**
 * The period of two stored partial dates, or null when neither is known,
 * with the report's typographic apostrophe (« jusqu’en 2019 », « d’avril »).
 */
export function formatStoredPeriod(start: string | null, end: string | null): string | null {
  const period = formatPeriod(start ? parsePartialDate(start) : null, end ? parsePartialDate(end) : null);
  return period === null ? null : typographicApostrophes(period);
}

/** The straight apostrophe of generated French wording as the typographic one (’). */
export function typographicApostrophes(text: string): string {
  return text.replace(/'/g, "’");
}

const typesetCache = new Map<string, string>();

/**
 * The portal's French typography (lib/text/typography.ts: narrow no-break
 * spaces inside « » and before ; ! ?, no-break space before :, typographic
 * apostrophe), applied to every text an export prints.
 */
export function frenchSpacing(text: string): string {
  // The same texts come back at each export and in each renderer: kept, within a bound.
  let typeset = typesetCache.get(text);
  if (typeset === undefined) {
    if (typesetCache.size >= 20_000) typesetCache.clear();
    typeset = frenchTypography(text);
    typesetCache.set(text, typeset);
  }
  return typeset;
}

/** A list in French: « A, B et C ». */
export function joinFrench(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** « 1 action », « 3 actions ». */
export function plural(count: number, singular: string, other = `${singular}s`): string {
  return `${formatNumber(count)} ${pluralForm(count, { one: singular, other })}`;
}

const STATUS_WORDS: Record<"PROJETEE" | "EN_COURS" | "TERMINEE", [string, string]> = {
  EN_COURS: ["en cours", "en cours"],
  PROJETEE: ["projetée", "projetées"],
  TERMINEE: ["terminée", "terminées"],
};

/** « 1 projetée », « 2 projetées », « 3 en cours »: the status word agrees with the count. */
export function statusCount(count: number, status: keyof typeof STATUS_WORDS): string {
  return `${formatNumber(count)} ${pluralForm(count, { one: STATUS_WORDS[status][0], other: STATUS_WORDS[status][1] })}`;
}
