/**
 * iCalendar (RFC 5545) writer for all-day events: CRLF line ends, lines
 * folded at 75 octets (never inside a UTF-8 character), TEXT values escaped.
 */
export type CalendarEvent = {
  /** Globally unique and stable across exports (RFC 5545 §3.8.4.7). */
  uid: string;
  /** When the record last changed: DTSTAMP and LAST-MODIFIED (no METHOD: §3.8.7.2). */
  stamp: Date;
  /** First day (UTC date part is used). */
  start: Date;
  /** Last day, inclusive (the DTEND written is the day after). */
  end: Date;
  summary: string;
  description?: string;
  url?: string;
  location?: string | null;
  categories?: string[];
};

export type Calendar = {
  prodId: string;
  name: string;
  description?: string;
  /** Web page of the calendar (RFC 7986 URL). */
  url?: string;
  /** Where the calendar is refreshed from (RFC 7986 SOURCE): its own address. */
  source?: string;
  events: CalendarEvent[];
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT escaping (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .split("")
    .filter((c) => !isControl(c))
    .join("");
}

/** Control characters other than tab are not allowed in TEXT (§3.3.11). */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/**
 * Folds a content line (§3.1): at most 75 octets per physical line, the
 * continuation lines starting with one space; a UTF-8 sequence is never cut.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function dateValue(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, "");
}

function dateTimeValue(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

function dayAfter(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
}

function eventLines(e: CalendarEvent): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${dateTimeValue(e.stamp)}`,
    `LAST-MODIFIED:${dateTimeValue(e.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(e.start)}`,
    `DTEND;VALUE=DATE:${dateValue(dayAfter(e.end))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.url ? [`URL;VALUE=URI:${e.url}`] : []),
    ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(",")}`] : []),
    "TRANSP:TRANSPARENT",
    "STATUS:CONFIRMED",
    "END:VEVENT",
  ];
}

export function renderCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId}`,
    "CALSCALE:GREGORIAN",
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description
      ? [
          `DESCRIPTION:${escapeText(calendar.description)}`,
          `X-WR-CALDESC:${escapeText(calendar.description)}`,
        ]
      : []),
    ...(calendar.url ? [`URL;VALUE=URI:${calendar.url}`] : []),
    ...(calendar.source ? [`SOURCE;VALUE=URI:${calendar.source}`] : []),
    "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
    "X-PUBLISHED-TTL:PT12H",
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
