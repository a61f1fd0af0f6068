import { describe, expect, it } from "vitest";
import { renderAtom, xmlEscape } from "@/lib/opendata/atom";
import { csvCell, csvHeader, csvLine, csvRows, CSV_BOM } from "@/lib/opendata/csv";
import { escapeText, foldLine, renderCalendar } from "@/lib/opendata/icalendar";
import {
  parseICalendar,
  parseXml,
  readAtomFeed,
  readCalendar,
  unescapeText,
} from "../support/opendata-formats";

describe("iCalendar writer", () => {
  it("folds long lines at 75 octets without cutting a UTF-8 character", () => {
    const line = `SUMMARY:${"Énergie et métiers d’art — ".repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    // Unfolding gives the line back, character for character (no broken multi-byte sequence).
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("leaves a line of exactly 75 octets alone", () => {
    const line = `X:${"a".repeat(73)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}b`).split("\r\n")).toEqual([line, " b"]);
  });

  it("escapes TEXT values", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(unescapeText(escapeText("Réunion ; ordre du jour, suite\\fin\nligne"))).toBe(
      "Réunion ; ordre du jour, suite\\fin\nligne",
    );
    expect(escapeText("bip\u0007")).toBe("bip");
  });

  it("writes a calendar a strict reader accepts: CRLF, BEGIN/END, required properties, all-day events", () => {
    const text = renderCalendar({
      prodId: "-//Test//FR",
      name: "Agenda, test ; essai",
      url: "https://cmq-bfc.org/",
      source: "https://cmq-bfc.org/agenda.ics",
      events: [
        {
          uid: "action-1@cmq-bfc.org",
          stamp: new Date("2018-06-01T10:20:30.456Z"),
          start: new Date("2018-06-13T00:00:00Z"),
          end: new Date("2018-06-21T00:00:00Z"),
          summary: "Salon, visites ; ateliers",
          description: `${"Une longue description accentuée — ".repeat(6)}\nSeconde ligne`,
          url: "https://msi.cmq-bfc.org/actions/visite",
          categories: ["Action", "Terminée"],
        },
        {
          uid: "meeting-2@cmq-bfc.org",
          stamp: new Date("2018-01-01T00:00:00Z"),
          start: new Date("2018-12-31T00:00:00Z"),
          end: new Date("2018-12-31T00:00:00Z"),
          summary: "Comité",
          location: "Besançon",
        },
      ],
    });
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const { calendar, events } = readCalendar(text);
    expect(calendar.properties.find((p) => p.name === "CALSCALE")?.value).toBe("GREGORIAN");
    expect(events).toHaveLength(2);
    const [salon, comite] = events;
    expect(salon.summary).toBe("Salon, visites ; ateliers");
    expect(salon.stamp).toBe("20180601T102030Z");
    expect(salon.start).toMatchObject({ params: { VALUE: "DATE" }, value: "20180613" });
    // DTEND of an all-day event is the day after the last day.
    expect(salon.end?.value).toBe("20180622");
    expect(salon.description).toContain("\nSeconde ligne");
    expect(comite.end?.value).toBe("20190101");
  });

  it("rejects what RFC 5545 forbids (test of the test reader)", () => {
    expect(() => parseICalendar("BEGIN:VCALENDAR\nEND:VCALENDAR\n")).toThrow();
    expect(() => parseICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")).toThrow();
    expect(() => parseICalendar(`BEGIN:VCALENDAR\r\nX:${"a".repeat(80)}\r\nEND:VCALENDAR\r\n`)).toThrow(
      /octets/,
    );
    expect(() => unescapeText("a,b")).toThrow();
  });
});

describe("Atom writer", () => {
  it("escapes markup and drops characters XML cannot carry", () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
  });

  it("writes a well-formed feed with the elements RFC 4287 requires", () => {
    const xml = renderAtom({
      id: "tag:cmq-bfc.org,2018:ti/actualites",
      title: "Actualités — CMQ <TI> & co",
      selfUrl: "https://ti.cmq-bfc.org/actualites.xml",
      alternateUrl: "https://ti.cmq-bfc.org/actions",
      author: { name: "CMQ Territoire Intelligent", email: "ti@cmq-bfc.org" },
      updated: new Date("2018-11-20T08:00:00.123Z"),
      entries: [
        {
          id: "tag:cmq-bfc.org,2018:actions/a1",
          title: "Salon « Get-Smart » & visites",
          url: "https://ti.cmq-bfc.org/actions/salon?x=1&y=2",
          updated: new Date("2018-11-20T08:00:00Z"),
          published: new Date("2018-11-01T08:00:00Z"),
          summary: "Un résumé <court>.",
          categories: [{ term: "en_cours", label: "En cours" }],
        },
      ],
    });
    const feed = readAtomFeed(xml);
    expect(feed.title).toBe("Actualités — CMQ <TI> & co");
    expect(feed.updated).toBe("2018-11-20T08:00:00Z");
    expect(feed.links).toContainEqual({
      rel: "self",
      href: "https://ti.cmq-bfc.org/actualites.xml",
      type: "application/atom+xml",
    });
    expect(feed.entries).toEqual([
      {
        id: "tag:cmq-bfc.org,2018:actions/a1",
        title: "Salon « Get-Smart » & visites",
        url: "https://ti.cmq-bfc.org/actions/salon?x=1&y=2",
        updated: "2018-11-20T08:00:00Z",
        published: "2018-11-01T08:00:00Z",
        summary: "Un résumé <court>.",
        categories: ["en_cours"],
      },
    ]);
  });

  it("the test reader refuses XML that is not well-formed", () => {
    expect(() => parseXml("<feed><a></feed>")).toThrow();
    expect(() => parseXml("<feed>Tom & Jerry</feed>")).toThrow();
    expect(() => parseXml('<feed a="1" a="2"/>')).toThrow();
    expect(parseXml('<?xml version="1.0"?><feed a="&lt;"><b>x &amp; y</b></feed>').children[0].text).toBe(
      "x & y",
    );
  });
});

describe("CSV writer", () => {
  it("quotes what must be quoted and doubles quotes (RFC 4180)", () => {
    expect(csvCell("simple")).toBe("simple");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('dit "bonjour"')).toBe('"dit ""bonjour"""');
    expect(csvCell("deux\nlignes")).toBe('"deux\nlignes"');
    expect(csvCell(" espace")).toBe('" espace"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(15000)).toBe("15000");
    expect(csvCell(true)).toBe("oui");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+33 3 80")).toBe("'+33 3 80");
    expect(csvCell("@cmq")).toBe("'@cmq");
    expect(csvCell(-5)).toBe("-5");
  });

  it("starts with a BOM and ends lines with CRLF", () => {
    const columns = [
      { header: "id", value: (x: { id: string; n: number }) => x.id },
      { header: "n", value: (x: { id: string; n: number }) => x.n },
    ];
    expect(csvHeader(columns)).toBe(`${CSV_BOM}id,n\r\n`);
    expect(
      csvRows(columns, [
        { id: "a", n: 1 },
        { id: "b,c", n: 2 },
      ]),
    ).toBe('a,1\r\n"b,c",2\r\n');
    expect(csvLine(["é", "ü"])).toBe("é,ü\r\n");
  });
});
