/**
 * French wording of stored partial dates and counts for the public pages
 * (numbers and amounts: lib/text/format.ts).
 */
import { formatNumber } from "@/lib/text/format";
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
  return Number.isInteger(n) && n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n] : formatNumber(n);
}

/** "six" → "Six", for a count that opens a sentence or a heading. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
