/**
 * French formatting of numbers, amounts and dates: the one place the fr-FR
 * formatters are built (instants are shown in the region's time zone).
 */
const numbers = new Intl.NumberFormat("fr-FR");
const wholeEuros = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const dayAndTime = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

/** "15 000" with the narrow no-break space French uses between thousands. */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** "15 000 €", rounded to the euro. */
export function formatEuros(amount: number): string {
  return `${wholeEuros.format(amount)}\u00a0€`;
}

/** "26 novembre 2026". */
export function formatDate(instant: Date | string): string {
  return day.format(new Date(instant));
}

/** "26 novembre 2026 à 14:05". */
export function formatDateTime(instant: Date | string): string {
  return dayAndTime.format(new Date(instant));
}

/** "2018" or "2018–2020" (en dash for ranges). */
export function formatYearRange(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

const hourAndMinute = new Intl.DateTimeFormat("fr-FR", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Paris",
});

/** "14 h 32": a time of day as French prose writes it (Paris time). */
export function formatTime(instant: Date | string): string {
  const parts = hourAndMinute.formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${Number(part("hour"))}\u00a0h\u00a0${part("minute")}`;
}
