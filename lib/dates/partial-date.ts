/**
 * Dates known to the year, the month or the day ("2018", "2018-06",
 * "2018-06-13"), as the report gives them. Stored as the first day of the
 * period (UTC) plus its precision.
 */
export type DatePrecision = "YEAR" | "MONTH" | "DAY";
export type PartialDate = { date: Date; precision: DatePrecision };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: string): PartialDate | null {
  const m = PATTERN.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { date, precision: m[3] ? "DAY" : m[2] ? "MONTH" : "YEAR" };
}

/** The inverse of parsePartialDate: "2018", "2018-06" or "2018-06-13". */
export function partialDateToString(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}

/** Last day of the period a partial date designates (for ordering checks). */
export function periodEnd({ date, precision }: PartialDate): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (precision === "YEAR") return new Date(Date.UTC(y, 11, 31));
  if (precision === "MONTH") return new Date(Date.UTC(y, m + 1, 0));
  return date;
}

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** "20 septembre 2018", "septembre 2018" or "2018" (1er for the first day). */
export function formatPartialDate(date: Date, precision: DatePrecision): string {
  const y = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()];
  if (precision === "YEAR") return String(y);
  if (precision === "MONTH") return `${month} ${y}`;
  const d = date.getUTCDate();
  return `${d === 1 ? "1er" : d} ${month} ${y}`;
}

/** "de" before a consonant, "d'" before a vowel: "de septembre", "d'avril", "d'août", "de 2018". */
function de(words: string): string {
  return /^[aeiouyàâäéèêëîïôöùûü]/i.test(words) ? `d'${words}` : `de ${words}`;
}

/** The day of the month, "1er" for the first. */
function dayOf(date: Date): string {
  const d = date.getUTCDate();
  return d === 1 ? "1er" : String(d);
}

/**
 * A range in French, each end at its own precision:
 * "du 3 au 12 septembre 2018", "du 3 septembre au 2 octobre 2018",
 * "du 3 septembre 2018 au 2 octobre 2019", "de septembre à décembre 2018",
 * "d'octobre 2018 à mars 2019", "de 2018 à 2020"; with one end only,
 * "en septembre 2018", "en avril 2018", "en 2018", "le 20 septembre 2018"
 * (a start with no end may be a one-off event),
 * "jusqu'au 12 septembre 2018", "jusqu'en septembre 2018", "jusqu'en 2019".
 * A period whose two ends are written the same is the date alone.
 */
export function formatPeriod(start: PartialDate | null, end: PartialDate | null): string | null {
  if (start && end) {
    const a = formatPartialDate(start.date, start.precision);
    const b = formatPartialDate(end.date, end.precision);
    if (a === b) return a;
    const sameYear = start.date.getUTCFullYear() === end.date.getUTCFullYear();
    const sameMonth = sameYear && start.date.getUTCMonth() === end.date.getUTCMonth();
    const startMonth = MONTHS[start.date.getUTCMonth()];
    // The year is written once when both ends fall in it and both name a month.
    const shared = sameYear && start.precision !== "YEAR" && end.precision !== "YEAR";
    if (start.precision === "DAY") {
      const head =
        end.precision === "DAY" && sameMonth
          ? dayOf(start.date)
          : shared
            ? `${dayOf(start.date)} ${startMonth}`
            : a;
      return `du ${head} ${end.precision === "DAY" ? "au" : "à"} ${b}`;
    }
    const head = start.precision === "MONTH" && shared ? startMonth : a;
    return `${de(head)} ${end.precision === "DAY" ? "au" : "à"} ${b}`;
  }
  if (start) {
    const a = formatPartialDate(start.date, start.precision);
    // Without an end, the start alone may be a one-off event as well as the
    // beginning of something still running: "en" reads right for both.
    return `${start.precision === "DAY" ? "le" : "en"} ${a}`;
  }
  if (end)
    return `jusqu'${end.precision === "DAY" ? "au" : "en"} ${formatPartialDate(end.date, end.precision)}`;
  return null;
}
