/**
 * Atom 1.0 (RFC 4287) writer: a feed with its required elements (id, title,
 * updated, author, self and alternate links) and entries (id, title,
 * updated, alternate link, summary).
 */
export type AtomEntry = {
  /** Permanent, never reused IRI (RFC 4287 §4.2.6). */
  id: string;
  title: string;
  url: string;
  updated: Date;
  published?: Date | null;
  summary: string;
  categories?: { term: string; label: string }[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  alternateUrl: string;
  author: { name: string; email?: string; uri?: string };
  rights?: string;
  /** When the feed last changed (defaults to the newest entry). */
  updated: Date;
  entries: AtomEntry[];
};

/** Characters XML 1.0 cannot carry at all are dropped; markup characters are escaped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RFC 3339 date-time, to the second. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function entryXml(e: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${xmlEscape(e.id)}</id>`,
    `    <title type="text">${xmlEscape(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
    ...(e.published ? [`    <published>${timestamp(e.published)}</published>`] : []),
    `    <updated>${timestamp(e.updated)}</updated>`,
    ...(e.categories ?? []).map(
      (c) => `    <category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`,
    ),
    `    <summary type="text">${xmlEscape(e.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
}

export function renderAtom(feed: AtomFeed): string {
  const author = [
    "  <author>",
    `    <name>${xmlEscape(feed.author.name)}</name>`,
    ...(feed.author.email ? [`    <email>${xmlEscape(feed.author.email)}</email>`] : []),
    ...(feed.author.uri ? [`    <uri>${xmlEscape(feed.author.uri)}</uri>`] : []),
    "  </author>",
  ];
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">`,
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title type="text">${xmlEscape(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternateUrl)}"/>`,
    `  <updated>${timestamp(feed.updated)}</updated>`,
    ...author,
    ...(feed.rights ? [`  <rights type="text">${xmlEscape(feed.rights)}</rights>`] : []),
    `  <generator>Portail des CMQ de Bourgogne-Franche-Comté</generator>`,
    ...feed.entries.map(entryXml),
    `</feed>`,
    "",
  ].join("\n");
}
