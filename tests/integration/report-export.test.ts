/**
 * The 2018 report generated from the seeded data carries the 2018 report's
 * facts: the text of the real DOCX and PDF files is extracted and checked
 * (every campus chapter, every action under its status group, the 13 PFT,
 * the financeurs and their amounts), as are the DOCX heading styles, table
 * of contents and page numbers, and the PDF outline.
 */
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ACTION_STATUS_GROUP_LABELS, ACTION_STATUS_ORDER } from "@/lib/labels";
import { assembleReport, loadReportDocument } from "@/lib/report/assemble";
import { parseReportFileName, renderReport } from "@/lib/report/export";
import { renderCsv } from "@/lib/report/render-csv";
import { renderMarkdown } from "@/lib/report/render-markdown";
import { frenchTypography } from "@/lib/text/typography";
import type { ReportDocument } from "@/lib/report/types";

/** The report's parts after its title page and contents, in order (level-1 headings). */
const PARTS = [
  "Avant-propos",
  "Chiffres clés 2018",
  "Les campus en bref",
  "Présentation du rapport d’activité",
  "Chapitre 1 — Positionnement global",
  "Chapitre 2 — Les acteurs",
  "Chapitre 3 — Activités des Campus des Métiers et des Qualifications",
  "Chapitre 4 — Perspectives",
  "Annexes",
];
/** Spaces of every kind (incl. U+00A0, U+202F) and line breaks as one space. */
const norm = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, " ").trim();
const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

type DocxParagraph = { style: string | null; text: string };

function docxParagraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: norm(decodeXml([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))),
  }));
}

function docxRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
    norm(decodeXml([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => ` ${t[1]}`).join(""))),
  );
}

/**
 * The cross-references of a document's text that have no target in it:
 * « annexe X » without an « Annexe X — » heading, « chapitre n » without a
 * « Chapitre n — » heading, « § n » or « voir n » without a heading numbered n.
 */
function danglingReferences(text: string, headings: string[]): string[] {
  const annexes = new Set(headings.flatMap((h) => /^Annexe ([A-Z]) —/u.exec(h)?.[1] ?? []));
  const chapters = new Set(headings.flatMap((h) => /^Chapitre (\d+) —/u.exec(h)?.[1] ?? []));
  const numbers = new Set(headings.flatMap((h) => /^(\d+(?:\.\d+)+) /u.exec(h)?.[1] ?? []));
  const dangling: string[] = [];
  for (const m of text.matchAll(/\b[Aa]nnexes? ([A-Z])\b(?! —)/gu))
    if (!annexes.has(m[1])) dangling.push(m[0]);
  for (const m of text.matchAll(/\b[Cc]hapitres? (\d+)\b(?! —)/gu))
    if (!chapters.has(m[1])) dangling.push(m[0]);
  for (const m of text.matchAll(/(?:§|\bvoir) ?(\d+(?:\.\d+)*)/gu)) {
    if (!(m[1].includes(".") ? numbers.has(m[1]) : chapters.has(m[1]))) dangling.push(m[0]);
  }
  return dangling;
}

/** The headings that come more than one level below the heading before them. */
function levelJumps(headings: { level: number; text: string }[]): string[] {
  return headings.flatMap((h, i) =>
    i > 0 && h.level > headings[i - 1].level + 1
      ? [`H${headings[i - 1].level} « ${headings[i - 1].text} » → H${h.level} « ${h.text} »`]
      : [],
  );
}

type Expected = { campus: string; title: string; group: string }[];

let doc: ReportDocument;
let expectedActions: Expected;
let campusNames: { acronym: string; name: string }[];
let platformNames: string[];
let docx: { xml: string; styles: string; footers: string[] };
let pdf: { text: string; outline: { title: string; items: { title: string }[] }[] };
let pdfBytes: Uint8Array;

beforeAll(async () => {
  doc = (await assembleReport({ year: 2018 }))!;
  const actions = await db.action.findMany({
    where: { reportYears: { has: 2018 }, publication: "PUBLISHED" },
    select: { title: true, status: true, campuses: { select: { campus: { select: { acronym: true } } } } },
  });
  expectedActions = actions.flatMap((a) =>
    a.campuses.map((c) => ({
      campus: c.campus.acronym,
      title: norm(frenchTypography(a.title)),
      group: ACTION_STATUS_GROUP_LABELS[a.status],
    })),
  );
  // The exports print names with the portal's French typography (’ for ').
  campusNames = (
    await db.campus.findMany({ orderBy: { position: "asc" }, select: { acronym: true, name: true } })
  ).map((c) => ({ ...c, name: frenchTypography(c.name) }));
  platformNames = (
    await db.platform.findMany({ where: { publication: "PUBLISHED" }, select: { name: true } })
  ).map((p) => norm(frenchTypography(p.name)));

  const docxFile = await renderReport(doc, "docx");
  const zip = await JSZip.loadAsync(docxFile.body);
  docx = {
    xml: await zip.file("word/document.xml")!.async("string"),
    styles: await zip.file("word/styles.xml")!.async("string"),
    footers: await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    ),
  };

  const pdfFile = await renderReport(doc, "pdf");
  pdfBytes = pdfFile.body.slice();
  const parser = new PDFParse({ data: pdfFile.body });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    // A line that ends on a hyphen continues the same word on the next line.
    pdf = { text: norm(text.text.replace(/-\n/g, "-")), outline: (info.outline ?? []) as typeof pdf.outline };
  } finally {
    await parser.destroy();
  }
}, 120_000);

describe("the assembled 2018 document", () => {
  it("has the six campuses, all the year's published actions and the report's regional parts", async () => {
    expect(doc.campuses.map((c) => c.slug)).toEqual(["agt", "amf", "itip", "mma", "msi", "ti"]);
    const count = await db.action.count({ where: { reportYears: { has: 2018 }, publication: "PUBLISHED" } });
    expect(doc.actions).toHaveLength(count);
    expect(count).toBeGreaterThan(90);
    expect(doc.region?.positioning).toContain("Objectifs");
    expect(doc.criteria).toHaveLength(11);
    expect(doc.newCampuses.map((p) => p.title)).toEqual(["Agro-équipement", "Logistique-Transport"]);
    expect(doc.platforms).toHaveLength(13);
    expect(doc.indicators.actionsTotal).toBe(count);
    expect(doc.indicators.actionsByStatus.reduce((s, r) => s + r.count, 0)).toBe(count);
  });

  it("leaves out draft and archived actions", async () => {
    const campus = await db.campus.findUniqueOrThrow({ where: { slug: "ti" } });
    for (const publication of ["DRAFT", "ARCHIVED"] as const) {
      await db.action.create({
        data: {
          slug: `report-hidden-${publication.toLowerCase()}`,
          title: `Action cachée ${publication}`,
          summary: "Ne doit pas figurer dans le rapport.",
          status: "EN_COURS",
          reportYears: [2018],
          publication,
          campuses: { create: { campusId: campus.id, isLead: true } },
        },
      });
    }
    const again = (await assembleReport({ year: 2018 }))!;
    expect(again.actions.map((a) => a.title)).not.toContain("Action cachée DRAFT");
    expect(again.actions.map((a) => a.title)).not.toContain("Action cachée ARCHIVED");
    await db.action.deleteMany({ where: { slug: { startsWith: "report-hidden-" } } });
  });

  it("narrows to one campus without the regional parts", async () => {
    const ti = (await loadReportDocument({ year: 2018, campus: "ti" }))!;
    expect(ti.scope).toEqual({ kind: "campus", slug: "ti" });
    expect(ti.region).toBeNull();
    expect(ti.campuses.map((c) => c.slug)).toEqual(["ti"]);
    expect(ti.actions.every((a) => a.campuses.some((c) => c.slug === "ti"))).toBe(true);
    expect(ti.actions.length).toBe(expectedActions.filter((a) => a.campus === "TI").length);
  });
});

describe("the 2018 DOCX", () => {
  it("uses real heading styles with outline levels, a table of contents field and page numbers", () => {
    for (const [id, level] of [
      ["Heading1", 0],
      ["Heading2", 1],
      ["Heading3", 2],
    ] as const) {
      expect(
        new RegExp(`w:styleId="${id}"[\\s\\S]*?<w:outlineLvl w:val="${level}"/>`).test(docx.styles),
      ).toBe(true);
      expect(docx.xml.includes(`<w:pStyle w:val="${id}"/>`)).toBe(true);
    }
    // The contents list the parts and their sections (levels 1–2), as in the PDF.
    expect(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/.test(docx.xml)).toBe(true);
    expect(docx.footers.some((f) => /<w:instrText[^>]*>\s*PAGE\s*</.test(f))).toBe(true);
    expect(docx.footers.some((f) => /NUMPAGES/.test(f))).toBe(true);
    // Header rows repeat on each page; rows do not split.
    expect(docx.xml.includes("<w:tblHeader/>")).toBe(true);
    expect(docx.xml.includes("<w:cantSplit/>")).toBe(true);
  });

  it("has the title page, the chapters in the 2018 order and one chapter-3 section per campus", () => {
    const headings = docxParagraphs(docx.xml).filter((p) => p.style?.startsWith("Heading"));
    const h1 = headings.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(h1).toEqual(PARTS);
    const h2 = headings.filter((p) => p.style === "Heading2").map((p) => p.text);
    campusNames.forEach((c, i) => expect(h2).toContain(`3.${i + 1} CMQ ${c.name}`));
    expect(h2).toEqual(
      expect.arrayContaining([
        "1.1 Objectifs",
        "1.2 Gouvernance",
        "2.1 Les financeurs",
        "2.4 Les plate-formes technologiques",
      ]),
    );
    expect(h2.filter((t) => t.startsWith("Annexe "))).toEqual(
      expect.arrayContaining([
        "Annexe A — Actions 2018 du CMQ AGT",
        "Annexe G — Conseil de perfectionnement du CMQ AGT",
      ]),
    );
    expect(docxParagraphs(docx.xml).find((p) => p.style === "Title")?.text).toBe("Rapport d’activité 2018");
  });

  it("never skips a heading level (« Les campus en bref » → its campuses are level 2)", () => {
    const levels = docxParagraphs(docx.xml).flatMap((p) => {
      const m = /^Heading(\d)$/.exec(p.style ?? "");
      return m ? [{ level: Number(m[1]), text: p.text }] : [];
    });
    expect(levels.length).toBeGreaterThan(100);
    expect(levelJumps(levels)).toEqual([]);
    const bref = levels.findIndex((h) => h.text === "Les campus en bref");
    expect(levels[bref + 1]).toEqual({ level: 2, text: "CMQ Alimentation, Goût, Tourisme" });
  });

  it("links its references to their headings (internal hyperlinks to bookmarks)", () => {
    const bookmarks = new Set(
      [...docx.xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]),
    );
    const anchors = [...docx.xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(5);
    expect(anchors.filter((a) => !bookmarks.has(a))).toEqual([]);
  });

  it("lists every 2018 action in its campus chapter, under its status group", () => {
    const found = new Set<string>();
    let campus: string | null = null;
    let group: string | null = null;
    for (const p of docxParagraphs(docx.xml)) {
      if (p.style === "Heading1" && !p.text.startsWith("Chapitre 3")) campus = null;
      if (p.style === "Heading2")
        campus = campusNames.find((c) => p.text.endsWith(`CMQ ${c.name}`))?.acronym ?? null;
      if (p.style === "Heading3") group = null;
      if (p.style === "Heading4")
        group =
          ACTION_STATUS_ORDER.map((s) => ACTION_STATUS_GROUP_LABELS[s]).find((g) =>
            p.text.startsWith(`${g} (`),
          ) ?? null;
      // An action's title is a heading one level below its status group.
      if (campus && group && p.style === "Heading5") found.add(`${campus}|${group}|${p.text}`);
    }
    const missing = expectedActions.filter((a) => !found.has(`${a.campus}|${a.group}|${a.title}`));
    expect(missing).toEqual([]);
  });

  it("names the 13 PFT and the financeurs with their amounts", () => {
    const rows = docxRows(docx.xml);
    expect(platformNames).toHaveLength(13);
    for (const name of platformNames) expect(rows.some((r) => r.includes(name))).toBe(true);
    const row = (funder: string, amount: string) =>
      rows.some((r) => r.includes(funder) && r.includes(amount));
    // "15 K euros par campus a priori pour leurs trois premières années" (report l.271–272): not "par an".
    expect(row("Région Bourgogne-Franche-Comté", "15 000 € (a priori)")).toBe(true);
    expect(rows.some((r) => r.includes("15 000 € par an"))).toBe(false);
    expect(row("Pays de Montbéliard Agglomération", "30 000 €")).toBe(true);
    expect(row("Pays de Montbéliard Agglomération", "15 000 €")).toBe(true);
    expect(row("Université Bourgogne Franche-Comté", "20 000 €")).toBe(true);
    for (const funder of [
      "Dijon Métropole",
      "Communauté Urbaine Creusot Montceau",
      "Rectorat de l’académie de Besançon",
      "Rectorat de l’académie de Dijon",
    ]) {
      expect(rows.some((r) => r.includes(funder))).toBe(true);
    }
  });
});

describe("cross-references of the 2018 edition", () => {
  it("resolve in the DOCX: every annex, chapter and section named has its heading in the file", () => {
    const paragraphs = docxParagraphs(docx.xml);
    const headings = paragraphs
      .filter((p) => p.style && /^(Heading|Titre)/i.test(p.style))
      .map((p) => p.text);
    expect(headings.some((h) => /^Annexe [A-Z] —/u.test(h))).toBe(true);
    const text = paragraphs.map((p) => p.text).join("\n");
    expect(danglingReferences(text, headings)).toEqual([]);
    // The narratives' references were written as links and numbered here.
    expect(text).toMatch(/Conseil de Perfectionnement \(annexe [A-Z]\)/u);
    expect(text).toMatch(/Les actions entreprises par le CMQ \(voir \d+\.\d+\.\d+\)/u);
    expect(text).toMatch(/les acteurs \(chapitre 2\)/u);
  });

  it("resolve in the PDF text, with the outline as the list of headings", () => {
    const headings: string[] = [];
    const walk = (items: { title: string; items?: { title: string }[] }[]) => {
      for (const i of items) {
        headings.push(norm(i.title));
        walk((i.items ?? []) as typeof items);
      }
    };
    walk(pdf.outline);
    expect(danglingReferences(pdf.text, headings)).toEqual([]);
    expect(pdf.text).not.toContain("§");
  });

  it("the check itself catches a reference with no target", () => {
    expect(
      danglingReferences("Voir l’annexe I et le § 3.6.3, puis le chapitre 5.", [
        "Annexe A — x",
        "Chapitre 1 — y",
      ]),
    ).toEqual(["annexe I", "chapitre 5", "§ 3.6.3"]);
  });
});

describe("the campuses' structured annexes of 2018 (AGT's objectives, the ESPE survey)", () => {
  const AGT = "Objectifs stratégiques et opérationnels (CMQ AGT)";
  const MSI = "Action avec l’ESPE : bilan du questionnaire de satisfaction (CMQ MSI)";
  const letterOf = (headings: string[], title: string) =>
    headings
      .map((h) => new RegExp(`^Annexe ([A-Z]) — ${title.replace(/[()]/g, "\\$&")}$`, "u").exec(h)?.[1])
      .find(Boolean);

  it("are assembled from the seeded campus reports", () => {
    const agt = doc.campuses.find((c) => c.slug === "agt")!;
    const msi = doc.campuses.find((c) => c.slug === "msi")!;
    expect(agt.annexes?.map((a) => a.key)).toEqual(["agt-objectifs-plan-actions"]);
    expect(msi.annexes?.map((a) => a.key)).toEqual(["msi-mma-espe-questionnaire"]);
  });

  it("are annexes of the PDF, named by the narratives with their letter, with their figures", () => {
    const headings: string[] = [];
    const walk = (items: { title: string; items?: { title: string }[] }[]) => {
      for (const i of items) {
        headings.push(norm(i.title));
        walk((i.items ?? []) as typeof items);
      }
    };
    walk(pdf.outline);
    const agt = letterOf(headings, AGT);
    const msi = letterOf(headings, MSI);
    expect([agt, msi].every(Boolean)).toBe(true);
    expect(pdf.text).toContain(`La stratégie a été déclinée en plan d’actions (annexe ${agt})`);
    // A page break may fall inside the sentence: its running footer is left out.
    const flowing = pdf.text.replace(/ ?Rapport d’activité 2018 — page \d+ sur \d+ -- \d+ of \d+ --/gu, "");
    expect(flowing).toContain(`nous avons proposé la visite de l’EPHJ à Genève (annexe ${msi})`);
    const annexA = pdf.text.slice(pdf.text.lastIndexOf(`Annexe ${agt} — ${AGT}`));
    for (const line of [
      "Objectif stratégique 1 — Lancement et pilotage du Campus",
      "Objectif stratégique 7 — Promotion du CMQ relation et communication interinstitutionnelle",
      "Mettre en place la gouvernance du Campus",
      "Nombre de jeunes qui effectuent une période d’apprentissage à l’étranger",
    ])
      expect(annexA).toContain(line);
    const survey = pdf.text.slice(pdf.text.lastIndexOf(`Annexe ${msi} — ${MSI}`));
    expect(survey).toContain("Etes-vous satisfait de cette action de sensibilisation ?");
    for (const [yes, no] of [
      [70, 30],
      [89, 11],
      [61, 39],
      [83, 17],
      [66, 33],
    ])
      expect(survey).toMatch(new RegExp(`\\d ${yes} % ${no} %`, "u"));
  });

  it("are annexes of the DOCX, with the same letters and figures", () => {
    const paragraphs = docxParagraphs(docx.xml);
    const headings = paragraphs
      .filter((p) => p.style && /^(Heading|Titre)/i.test(p.style))
      .map((p) => p.text);
    const agt = letterOf(headings, AGT);
    const msi = letterOf(headings, MSI);
    expect([agt, msi].every(Boolean)).toBe(true);
    const text = paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain(`plan d’actions (annexe ${agt})`);
    expect(text).toContain(`visite de l’EPHJ à Genève (annexe ${msi})`);
    expect(text).toContain("Identifier les possibilités de mobilité à l’international");
    expect(docxRows(docx.xml)).toEqual(expect.arrayContaining(["1 70 % 30 %", "5 66 % 33 %"]));
  });
});

describe("the 2018 PDF", () => {
  it("has selectable text with the French characters and an outline of chapters and sections", () => {
    expect(pdf.text).toContain("Rapport d’activité 2018");
    expect(pdf.text).toContain("« Mixité des métiers");
    const top = pdf.outline.map((o) => o.title);
    expect(top).toEqual(
      expect.arrayContaining([
        "Avant-propos",
        "Chapitre 1 — Positionnement global",
        "Chapitre 3 — Activités des Campus des Métiers et des Qualifications",
        "Chapitre 4 — Perspectives",
        "Annexes",
      ]),
    );
    const chapter3 = pdf.outline.find((o) => o.title.startsWith("Chapitre 3"))!;
    expect(chapter3.items.map((i) => i.title)).toEqual(
      expect.arrayContaining(campusNames.map((c, i) => `3.${i + 1} CMQ ${c.name}`)),
    );
  });

  it("lists every 2018 action in its campus chapter, under its status group", () => {
    const start = pdf.text.lastIndexOf("Chapitre 3 — Activités des Campus");
    const end = pdf.text.lastIndexOf("Chapitre 4 — Perspectives");
    expect(start).toBeGreaterThan(0);
    const body = pdf.text.slice(start, end);
    const campusStarts = campusNames.map((c, i) => body.indexOf(`3.${i + 1} CMQ ${c.name}`));
    expect(campusStarts.every((p) => p >= 0)).toBe(true);
    const missing = expectedActions.filter((a) => {
      const i = campusNames.findIndex((c) => c.acronym === a.campus);
      const segment = body.slice(
        campusStarts[i],
        campusStarts[i + 1] ?? body.indexOf("Synthèse régionale des indicateurs"),
      );
      const groupStart = segment.indexOf(`${a.group} (`);
      if (groupStart === -1) return true;
      const next = ACTION_STATUS_ORDER.map((s) =>
        segment.indexOf(`${ACTION_STATUS_GROUP_LABELS[s]} (`),
      ).filter((p) => p > groupStart);
      const groupEnd = Math.min(segment.indexOf("Indicateurs 2018", groupStart), ...next);
      const at = segment.indexOf(a.title, groupStart);
      return at === -1 || at > groupEnd;
    });
    expect(missing).toEqual([]);
  });

  it("names the 13 PFT and the financeurs with their amounts", () => {
    for (const name of platformNames) expect(pdf.text).toContain(name);
    expect(pdf.text).not.toContain("15 000 € par an");
    for (const fact of [
      "15 000 € (a priori)",
      "30 000 €",
      "20 000 €",
      "Pays de Montbéliard Agglomération",
      "Université Bourgogne Franche-Comté",
      "Dijon Métropole",
    ]) {
      expect(pdf.text).toContain(fact);
    }
  });
});

/** A structure element as pdf.js reads it from the PDF's structure tree. */
type StructNode = { role?: string; alt?: string; type?: string; id?: string; children?: StructNode[] };

describe("the 2018 PDF's structure tree (tagged PDF)", () => {
  let lang: string | null = null;
  let marked = false;
  const untagged: string[] = [];
  /** Every element of every page, in reading order (an element running over two pages comes twice). */
  const elements: { node: StructNode; text: string; page: number }[] = [];
  /** The link annotations of every page (pdf.js ids), and the page each named destination opens. */
  const linkAnnotations: { id: string; page: number; dest: string | null; url: string | null }[] = [];
  const destinationPages = new Map<string, number>();
  let pageCount = 0;

  beforeAll(async () => {
    const pdfDoc = await getDocument({ data: new Uint8Array(pdfBytes), verbosity: 0 }).promise;
    try {
      marked = (await pdfDoc.getMarkInfo())?.Marked === true;
      pageCount = pdfDoc.numPages;
      const destinations = (await pdfDoc.getDestinations()) as Record<string, [{ num: number; gen: number }]>;
      for (const [name, dest] of Object.entries(destinations))
        destinationPages.set(name, (await pdfDoc.getPageIndex(dest[0])) + 1);
      for (let p = 1; p <= pdfDoc.numPages; p++) {
        const page = await pdfDoc.getPage(p);
        for (const a of (await page.getAnnotations()) as {
          id: string;
          subtype: string;
          dest?: string;
          url?: string;
        }[])
          if (a.subtype === "Link")
            linkAnnotations.push({ id: a.id, page: p, dest: a.dest ?? null, url: a.url ?? null });
        const content = await page.getTextContent({ includeMarkedContent: true });
        if (p === 1) lang = content.lang ?? null;
        // The text of each marked-content id, and text drawn outside any marking (untagged).
        const texts = new Map<string, string>();
        const lastLine = new Map<string, number>();
        const open: (string | null)[] = [];
        for (const item of content.items) {
          if ("type" in item) {
            if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent")
              open.push(item.type === "beginMarkedContentProps" ? (item.id ?? null) : null);
            else if (item.type === "endMarkedContent") open.pop();
            continue;
          }
          if (!item.str.trim()) continue;
          if (open.length === 0) untagged.push(`page ${p}: ${item.str}`);
          const id = open.findLast((o) => o !== null);
          if (id) {
            // A wrapped line continues on a new baseline: the two lines are separated by a space.
            const y = item.transform[5] as number;
            const wrapped = lastLine.has(id) && lastLine.get(id) !== y;
            texts.set(id, (texts.get(id) ?? "") + (wrapped ? " " : "") + item.str);
            lastLine.set(id, y);
          }
        }
        const textOf = (n: StructNode): string =>
          n.type === "content" ? (texts.get(n.id!) ?? "") : (n.children ?? []).map(textOf).join("");
        const walk = (n: StructNode) => {
          if (n.role) elements.push({ node: n, text: norm(textOf(n)), page: p });
          for (const c of n.children ?? []) walk(c);
        };
        const tree = (await page.getStructTree()) as StructNode | null;
        if (tree) walk(tree);
      }
    } finally {
      await pdfDoc.destroy();
    }
  }, 120_000);

  const withRole = (role: string) => elements.filter((e) => e.node.role === role);
  const descendants = (n: StructNode): StructNode[] =>
    (n.children ?? []).flatMap((c) => [c, ...descendants(c)]);

  it("is marked, in French, and has no text outside the structure or the artifacts", () => {
    expect(marked).toBe(true);
    expect(lang).toBe("fr-FR");
    expect(untagged).toEqual([]);
  });

  it("has its headings H1–H3 in the report's order", () => {
    // Text run over two lines comes without the space at the break: compare without spaces.
    const squash = (t: string) => t.replace(/\s+/g, "");
    const h1 = [...new Set(withRole("H1").map((e) => squash(e.text)))];
    expect(h1).toEqual(["Rapport d’activité 2018", "Sommaire", ...PARTS].map(squash));
    const h2 = withRole("H2").map((e) => e.text);
    campusNames.forEach((c, i) => expect(h2).toContain(`3.${i + 1} CMQ ${c.name}`));
    expect(h2.indexOf("3.1 CMQ Alimentation, Goût, Tourisme")).toBeLessThan(
      h2.indexOf("3.6 CMQ Territoire Intelligent"),
    );
    expect(withRole("H3").map((e) => e.text)).toEqual(
      expect.arrayContaining(["3.1.1 La stratégie", "3.6.8 Indicateurs 2018"]),
    );
  });

  it("has tables with header cells, lists with items, and figures with their alternative text", () => {
    const tables = withRole("Table");
    expect(tables.length).toBeGreaterThan(10);
    // A table's first page holds its caption and its header row (TH); its later pages, rows only.
    const starts = tables.filter((t) => (t.node.children ?? []).some((c) => c.role === "Caption"));
    expect(starts.length).toBeGreaterThan(10);
    for (const t of starts) expect(descendants(t.node).some((d) => d.role === "TH")).toBe(true);
    expect(tables.some((t) => descendants(t.node).some((d) => d.role === "TD"))).toBe(true);

    expect(withRole("L").length).toBeGreaterThan(0);
    const items = withRole("LI");
    expect(items.length).toBeGreaterThan(10);
    expect(items.some((i) => descendants(i.node).some((d) => d.role === "LBody"))).toBe(true);

    const figures = withRole("Figure");
    expect(figures.length).toBeGreaterThan(6);
    for (const f of figures) expect(f.node.alt?.trim()).toBeTruthy();
    // A chart's alternative carries its figures and names the data annex.
    expect(
      figures.some((f) => /^Figure 1 — Actions par statut — CMQ AGT : En cours, \d/u.test(norm(f.node.alt!))),
    ).toBe(true);
    expect(withRole("TOCI").length).toBeGreaterThan(20);
  });

  it("never skips a heading level, in reading order (« Les campus en bref » → its campuses are H2)", () => {
    const headings = elements.flatMap((e, i) => {
      const m = /^H(\d)$/.exec(e.node.role ?? "");
      // A heading set over a page break comes once per page: keep it once.
      if (!m || (i > 0 && elements[i - 1].node === e.node)) return [];
      return [{ level: Number(m[1]), text: e.text }];
    });
    expect(headings.length).toBeGreaterThan(100);
    expect(levelJumps(headings)).toEqual([]);
    const bref = headings.findIndex((h) => h.text === "Les campus en bref");
    expect(headings[bref + 1]).toEqual({ level: 2, text: "CMQ Alimentation, Goût, Tourisme" });
  });

  it("tags every link (contents, references, web addresses) as a Link element holding its annotation", () => {
    const links = withRole("Link");
    const tagged = new Set(
      links.flatMap((l) =>
        (l.node.children ?? [])
          .filter((c) => c.type === "annotation" || c.type === "object")
          .map((c) => String(c.id).replace(/^pdfjs_internal_id_/, "")),
      ),
    );
    expect(linkAnnotations.length).toBeGreaterThan(40);
    expect(linkAnnotations.filter((a) => !tagged.has(a.id))).toEqual([]);
    // Every Link has its text and its annotation.
    for (const l of links) expect(l.text).not.toBe("");
    // The contents' entries, the narratives' references (« annexe G ») and a web address are among them.
    expect(links.filter((l) => l.page === 2).length).toBeGreaterThan(40);
    expect(links.some((l) => /\(annexe [A-Z]\)$/u.test(l.text))).toBe(true);
    expect(links.some((l) => /\(voir \d+\.\d+\.\d+\)$/u.test(l.text))).toBe(true);
    expect(linkAnnotations.some((a) => a.url?.startsWith("http"))).toBe(true);
  });

  it("fits its contents on one page, each entry showing the page its heading opens on", () => {
    // The contents: page 2 only; the foreword opens page 3.
    const entries = withRole("TOCI");
    expect(new Set(entries.map((e) => e.page))).toEqual(new Set([2]));
    expect(withRole("H1").find((h) => h.text === "Avant-propos")?.page).toBe(3);
    const goTos = linkAnnotations.filter((a) => a.page === 2 && a.dest);
    expect(goTos.length).toBeGreaterThan(40);
    // Each entry: its title and its page number, each a link to the heading.
    const numbers = withRole("Link").filter((l) => l.page === 2 && /^\d+$/.test(l.text));
    expect(numbers).toHaveLength(entries.length);
    for (const n of numbers) {
      const annotation = (n.node.children ?? []).find((c) => c.type === "annotation" || c.type === "object");
      const target = goTos.find((a) => a.id === String(annotation?.id).replace(/^pdfjs_internal_id_/, ""));
      expect(target).toBeDefined();
      // The number printed is the page the heading it links to opens on.
      expect(destinationPages.get(target!.dest!), target!.dest!).toBe(Number(n.text));
    }
    expect(pageCount).toBeGreaterThan(60);
  });
});

describe("the Markdown and CSV exports", () => {
  it("writes the CSV of the year's actions in UTF-8 with a BOM", () => {
    const csv = renderCsv(doc);
    expect(csv.startsWith('\uFEFF"Campus chef de file";')).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(doc.actions.length + 1);
    expect(csv).toContain('"Salon Get-Smart"');
  });

  it("writes the Markdown with the numbered chapters", () => {
    const md = renderMarkdown(doc);
    expect(md).toContain("## Chapitre 2 — Les acteurs");
    expect(md).toContain("### 3.6 CMQ Territoire Intelligent");
    expect(md).toContain("| Pays de Montbéliard Agglomération (PMA) |");
  });

  it("parses export file names", () => {
    expect(parseReportFileName("2018.pdf")).toEqual({ year: 2018, format: "pdf" });
    expect(parseReportFileName("2018.exe")).toBeNull();
    expect(parseReportFileName("18.pdf")).toBeNull();
  });
});
