/**
 * Partial dates as people type them in a form: "2018", "09/2018",
 * "20/09/2018" (or ISO "2018-09", "2018-09-20"). Stored as ISO partial
 * strings (lib/dates/partial-date.ts) and shown back in the French form.
 */
import { parsePartialDate, periodEnd } from "./partial-date";

const FRENCH_DAY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const FRENCH_MONTH = /^(\d{1,2})[/.](\d{4})$/;

/** The ISO partial string ("2018", "2018-09", "2018-09-20") a typed value means, or null if it means none. */
export function normalisePartialDateInput(value: string): string | null {
  const v = value.trim();
  let iso = v;
  const day = FRENCH_DAY.exec(v);
  const month = FRENCH_MONTH.exec(v);
  if (day) iso = `${day[3]}-${day[2].padStart(2, "0")}-${day[1].padStart(2, "0")}`;
  else if (month) iso = `${month[2]}-${month[1].padStart(2, "0")}`;
  const parsed = parsePartialDate(iso);
  if (!parsed) return null;
  const year = parsed.date.getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return iso;
}

/** "2018-09-20" → "20/09/2018", "2018-09" → "09/2018", "2018" → "2018". */
export function partialDateToInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y;
}

/** Is `end` before `start`, comparing periods ("09/2018" does not end before "20/09/2018")? */
export function endsBeforeStart(start: string, end: string): boolean {
  const s = parsePartialDate(start);
  const e = parsePartialDate(end);
  if (!s || !e) return false;
  return periodEnd(e).getTime() < s.date.getTime();
}
