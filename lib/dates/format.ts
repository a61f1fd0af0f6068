/**
 * French formatting of stored dates and amounts for the public pages
 * (partial dates come from lib/dates/partial-date).
 */
import { formatPeriod, partialDateToString, type DatePrecision } from "./partial-date";

type Stored = { date: Date | null; precision: DatePrecision | null };

function partial({ date, precision }: Stored) {
  return date ? { date, precision: precision ?? "DAY" } : null;
}

/** "du 13 au 21 juin 2018", "à partir de 2018"… or null when no date is known. */
export function formatStoredPeriod(start: Stored, end: Stored): string | null {
  return formatPeriod(partial(start), partial(end));
}

/** ISO 8601 at the known precision ("2018", "2018-06", "2018-06-13"), for <time> and JSON-LD. */
export function isoPartial({ date, precision }: Stored): string | null {
  return date ? partialDateToString(date, precision ?? "DAY") : null;
}

const euros = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

/** "15 000 €" with the narrow no-break space French uses between thousands. */
export function formatEuros(amount: number): string {
  return `${euros.format(amount)}\u00a0€`;
}

const integers = new Intl.NumberFormat("fr-FR");
const SMALL_NUMBERS = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
];

/** A count as French prose writes it: in words up to seize ("six campus"), in figures beyond. */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n] : formatInteger(n);
}

/** "six" → "Six", for a count that opens a sentence or a heading. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatInteger(n: number): string {
  return integers.format(n);
}

/** "2018" or "2018–2020". */
export function formatYearRange(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}
