import { frenchTypography } from "@/lib/text/typography";

/**
 * Keys whose strings are not prose: identifiers, addresses, codes, colours,
 * dates as text. They are shown (or used) exactly as stored.
 */
const VERBATIM_KEYS = new Set([
  "id",
  "key",
  "slug",
  "href",
  "url",
  "src",
  "srcSet",
  "website",
  "siteUrl",
  "email",
  "contactEmail",
  "color",
  "code",
  "rncp",
  "cfd",
  "contentType",
  "sha256",
  "path",
  "query",
  "q",
  "updatedAt",
  "createdAt",
]);

/** Keys named after what they hold: organisationId, applicationUrl, contactEmail, sortKey… */
const VERBATIM_SUFFIX = /(Id|Url|Email|Key|Slug|Path)$/;

const isVerbatim = (key: string) => VERBATIM_KEYS.has(key) || VERBATIM_SUFFIX.test(key);

/** Prose outside Markdown code spans (`…`), which keep their characters. */
function typesetProse(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : frenchTypography(part)))
    .join("");
}

/**
 * What a public read returns, with French typography (lib/text/typography.ts)
 * on every string a visitor reads: titles, summaries, names, labels,
 * descriptions, Markdown bodies (their code spans excepted). Stored texts
 * stay as typed; the public read models apply this once, so that no page,
 * card or <title> can forget it. Strings under verbatim keys (isVerbatim), dates and
 * numbers are returned as they are. Applying it twice changes nothing.
 */
export function typeset<T>(value: T): T {
  return typesetValue(value) as T;
}

function typesetValue(value: unknown): unknown {
  if (typeof value === "string") return typesetProse(value);
  if (Array.isArray(value)) return value.map(typesetValue);
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      isVerbatim(key) && typeof v === "string" ? v : typesetValue(v),
    ]),
  );
}
