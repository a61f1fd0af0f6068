/**
 * The report as a Word document (library `docx`): real Heading 1–4 styles
 * with outline levels (Word's navigation pane and LibreOffice's navigator
 * build the outline from them), a title page, a table of contents field,
 * « page N sur M » in the footer, tables whose header row repeats on each
 * page and whose rows never split, and native bar charts whose alt text
 * gives their figures (the tables are in the data annex). Fields (the table
 * of contents, page numbers) are marked to update when the file is opened;
 * a validated edition's stored file also carries its contents' page numbers.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { ChartRun } from "docx/charts";
import { estimatePageNumbersWith } from "docx/layout";
import { docxImageParagraph, fitted, NO_IMAGES, type ReportImages } from "./action-images";
import { frenchSpacing } from "./format";
import { layoutReport, TOC_DEPTH, type ReportNode } from "./layout";
import { markdownBlocks, type Block, type Inline } from "./markdown";
import type { ReportDocument } from "./types";

const ACCENT = "24305E";
const MUTED = "4B5563";
const FONT = "Arial";
// A4 with 2 cm margins, in twentieths of a point.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/**
 * The bookmark of a heading (a reference `#id` in the text links to it):
 * Word wants a letter first, then letters, digits or « _ », at most 40.
 */
const bookmarkOf = (id: string) => `h_${id.replace(/[^A-Za-z0-9]/g, "_")}`.slice(0, 40);

type Ctx = { listInstance: number };

function runs(
  list: Inline[],
  base: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): ParagraphChild[] {
  return list.map((i) => {
    const run = new TextRun({
      text: frenchSpacing(i.text),
      bold: base.bold || i.bold,
      italics: base.italics || i.italic,
      color: base.color,
      size: base.size,
      font: i.code ? "Courier New" : undefined,
      style: i.link ? "Hyperlink" : undefined,
    });
    if (i.link?.startsWith("#"))
      return new InternalHyperlink({ anchor: bookmarkOf(i.link.slice(1)), children: [run] });
    return i.link && /^(https?:|mailto:)/.test(i.link)
      ? new ExternalHyperlink({ link: i.link, children: [run] })
      : run;
  });
}

function text(
  value: string,
  options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): TextRun {
  return new TextRun({ text: frenchSpacing(value), ...options });
}

function blockParagraphs(blocks: Block[], ctx: Ctx, depth = 0): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case "paragraph":
        out.push(new Paragraph({ children: runs(b.inlines) }));
        break;
      case "heading":
        // Headings are lifted out by the layout; a stray one reads as a bold line.
        out.push(new Paragraph({ keepNext: true, children: runs(b.inlines, { bold: true }) }));
        break;
      case "list": {
        const instance = ++ctx.listInstance;
        for (const item of b.items) {
          item.forEach((child, i) => {
            if (i === 0 && child.type === "paragraph") {
              out.push(
                new Paragraph({
                  numbering: {
                    reference: b.ordered ? "report-numbers" : "report-bullets",
                    level: Math.min(depth, 3),
                    instance,
                  },
                  children: runs(child.inlines),
                }),
              );
            } else {
              out.push(...blockParagraphs([child], ctx, depth + 1));
            }
          });
        }
        break;
      }
      case "quote":
        out.push(...blockParagraphs(b.blocks, ctx, depth).map((p) => p));
        break;
      case "code":
        out.push(new Paragraph({ children: [new TextRun({ text: b.text, font: "Courier New" })] }));
        break;
      case "rule":
        out.push(
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "CCCCCC", space: 1 } },
            children: [],
          }),
        );
        break;
    }
  }
  return out;
}

function cell(value: string, options: { header?: boolean; width: number }): TableCell {
  const lines = value.split("\n");
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, color: "auto", fill: "E8EAF2" } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.map(
      (line) =>
        new Paragraph({ spacing: { after: 0 }, children: [text(line, { bold: options.header, size: 18 })] }),
    ),
  });
}

function table(
  caption: string,
  header: string[],
  rows: string[][],
  weights: number[],
): (Paragraph | Table)[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: [text(caption)] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        // The header row repeats at the top of each page the table runs onto.
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((h, i) => cell(h, { header: true, width: widths[i] })),
        }),
        // A row never splits across two pages.
        ...rows.map(
          (r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, { width: widths[i] })) }),
        ),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function chart(node: Extract<ReportNode, { kind: "chart" }>): (Paragraph | Table)[] {
  const { chart: c } = node;
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: [text(`${node.label} — ${c.title}`)] }),
    new Paragraph({
      keepNext: true,
      children: [
        new ChartRun({
          type: "bar",
          categories: c.rows.map((r) => r.label),
          series: [{ name: c.valueLabel, values: c.rows.map((r) => r.value), color: ACCENT }],
          legend: false,
          // Word draws the first category at the bottom: reverse so the order reads top-down like the table.
          categoryAxis: { reverseOrder: true },
          valueAxis: { numberFormat: "0" },
          dataLabels: { value: true },
          transformation: { width: 576, height: Math.max(170, 50 + c.rows.length * 30) },
          altText: { name: node.label, title: c.title, description: frenchSpacing(node.alt) },
        }),
      ],
    }),
    // The note names the data annex, with a link to it.
    ...markdownBlocks(node.note).flatMap((b) =>
      b.type === "paragraph"
        ? [new Paragraph({ children: runs(b.inlines, { color: MUTED, size: 18 }) })]
        : [],
    ),
  ];
}

function bullets(items: string[], ctx: Ctx, size?: number): Paragraph[] {
  const instance = ++ctx.listInstance;
  return items.map(
    (item) =>
      new Paragraph({
        spacing: { after: 20 },
        numbering: { reference: "report-bullets", level: 0, instance },
        children: [text(item, { size })],
      }),
  );
}

function keyFigures(node: Extract<ReportNode, { kind: "keyFigures" }>): Paragraph[] {
  return node.figures.map(
    (f) =>
      new Paragraph({
        spacing: { before: 120, after: 60 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
        indent: { left: 200 },
        children: [
          text(f.value, { bold: true, color: ACCENT, size: 40 }),
          text(`  ${f.label}`, { bold: true }),
          ...(f.detail ? [text(` — ${f.detail}`, { color: MUTED, size: 18 })] : []),
        ],
      }),
  );
}

function entry(node: Extract<ReportNode, { kind: "entry" }>): Paragraph[] {
  return [
    // An action's title is a heading one level below its group's, as in the PDF.
    new Paragraph({
      heading: HEADINGS[node.level - 1],
      children: [text(node.title)],
    }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 60 },
      children: [text(node.meta, { italics: true, color: MUTED })],
    }),
    ...(node.summary ? [new Paragraph({ spacing: { after: 60 }, children: [text(node.summary)] })] : []),
    ...node.facts.map(
      (f) =>
        new Paragraph({
          spacing: { after: 40 },
          indent: { left: 240 },
          children: [text(`${f.label} : `, { bold: true }), text(f.value)],
        }),
    ),
  ];
}

/** An uploaded logo at most `maxWidth` × `maxHeight` points, described by its alternative text. */
function logoRun(
  image: ReturnType<ReportImages["get"]> & object,
  alt: string,
  maxWidth: number,
  maxHeight: number,
): ImageRun {
  const size = fitted(image, maxWidth, maxHeight);
  // Points → pixels at 96 dpi, as docx expects.
  const px = (pt: number) => Math.round((pt * 96) / 72);
  return new ImageRun({
    type: image.contentType === "image/png" ? "png" : "jpg",
    data: image.bytes,
    transformation: { width: px(size.width), height: px(size.height) },
    altText: { name: alt, title: alt, description: alt },
  });
}

function titlePage(node: Extract<ReportNode, { kind: "title" }>, images: ReportImages): Paragraph[] {
  // The institutions: their uploaded logos, or their names.
  const identities: ParagraphChild[] = node.identities.flatMap((identity, i) => {
    const logo = identity.logo && images.get(identity.logo.mediaId);
    const gap = i > 0 ? [text("     ")] : [];
    return logo
      ? [...gap, logoRun(logo, identity.logo?.alt || `Logo : ${identity.name}`, 220, 60)]
      : [
          ...gap,
          text(i > 0 ? `·   ${identity.name}` : identity.name, { bold: true, color: ACCENT, size: 22 }),
        ];
  });
  return [
    new Paragraph({ spacing: { after: 1600 }, children: identities }),
    new Paragraph({
      spacing: { after: 480 },
      children: [text(node.kicker, { color: MUTED, size: 24 })],
    }),
    new Paragraph({ style: "Title", children: [text(node.title, { bold: true, color: ACCENT, size: 64 })] }),
    new Paragraph({ spacing: { before: 240, after: 1200 }, children: [text(node.subtitle, { size: 32 })] }),
    ...node.lines.map(
      (l) =>
        new Paragraph({
          spacing: { after: 960 },
          children: [text(l, { bold: true, color: node.validated ? "1D6B3A" : "A14B00" })],
        }),
    ),
    ...node.campuses.map((c) => {
      const logo = c.logo && images.get(c.logo.mediaId);
      return new Paragraph({
        spacing: { after: 60 },
        children: [
          ...(logo ? [logoRun(logo, c.logo?.alt || `Logo du CMQ ${c.acronym}`, 90, 30), text("  ")] : []),
          text(`CMQ ${c.acronym}`, { bold: true, color: c.color.replace("#", "").toUpperCase() || ACCENT }),
          text(`  ${c.name}`, { color: MUTED, size: 20 }),
        ],
      });
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * How a file is rendered. `contentsPageNumbers`: write the page numbers of
 * the table of contents into the file, its pages laid out as Word would lay
 * them out, so LibreOffice and readers that never update fields show them
 * too. That layout costs several seconds of CPU for the 2018 edition: a
 * validated edition's files pay it once, since they are built once and
 * stored (./files.ts); a working draft, rendered at each download, leaves
 * the numbers to Word, which updates the fields when it opens the file.
 */
export type DocxOptions = { contentsPageNumbers?: boolean };

export function buildDocx(
  doc: ReportDocument,
  images: ReportImages = NO_IMAGES,
  options: DocxOptions = {},
): Document {
  const nodes = layoutReport(doc);
  const ctx: Ctx = { listInstance: 0 };
  const children: (Paragraph | Table | TableOfContents)[] = [];
  const titleNode = nodes.find((n): n is Extract<ReportNode, { kind: "title" }> => n.kind === "title");
  const docTitle = titleNode
    ? `${titleNode.title} — ${titleNode.subtitle}`
    : `Rapport d’activité ${doc.year}`;

  for (const node of nodes) {
    switch (node.kind) {
      case "title":
        children.push(...titlePage(node, images));
        break;
      case "toc":
        children.push(
          new Paragraph({
            style: "TOCHeading",
            children: [text(node.title, { bold: true, color: ACCENT, size: 32 })],
          }),
          new TableOfContents(node.title, { hyperlink: true, headingStyleRange: `1-${TOC_DEPTH}` }),
        );
        break;
      case "heading":
        children.push(
          new Paragraph({
            heading: HEADINGS[node.level - 1],
            pageBreakBefore: node.newPage,
            children: [new Bookmark({ id: bookmarkOf(node.id), children: [text(node.text)] })],
          }),
        );
        break;
      case "markdown":
        children.push(...blockParagraphs(markdownBlocks(node.source), ctx));
        break;
      case "paragraph":
        children.push(new Paragraph({ children: [text(node.text)] }));
        break;
      case "table":
        children.push(...table(node.caption, node.header, node.rows, node.widths));
        break;
      case "chart":
        children.push(...chart(node));
        break;
      case "keyFigures":
        children.push(...keyFigures(node));
        break;
      case "columns":
        children.push(
          new Paragraph({ style: "Caption", keepNext: true, children: [text(node.caption)] }),
          ...bullets(node.items, ctx, 18),
          new Paragraph({ spacing: { after: 60 }, children: [] }),
        );
        break;
      case "entry":
        children.push(...entry(node));
        if (node.image && images.has(node.image.mediaId))
          children.push(docxImageParagraph(images.get(node.image.mediaId)!, node.title));
        break;
    }
  }

  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  const bulletLevels = [0, 1, 2, 3].map((level) => ({
    level,
    format: LevelFormat.BULLET,
    text: ["•", "–", "◦", "–"][level],
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
  }));
  const numberLevels = [0, 1, 2, 3].map((level) => ({
    level,
    format: level % 2 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 300 } } },
  }));

  return new Document({
    title: docTitle,
    subject: `Rapport d’activité ${doc.year} des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté`,
    creator: "Portail des CMQ de Bourgogne-Franche-Comté",
    description: titleNode?.lines.join(" ") ?? "",
    features: { updateFields: true },
    pageNumbers: options.contentsPageNumbers ? estimatePageNumbersWith({ guess: true }) : undefined,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, language: { value: "fr-FR" } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: FONT, size: 64, bold: true, color: ACCENT } },
        heading1: heading(36, 0, 0),
        heading2: heading(28, 360, 1),
        heading3: heading(24, 280, 2),
        heading4: heading(21, 240, 3),
        // Action titles (under a status group): bold body text, kept with their details.
        heading5: heading(21, 160, 4),
        heading6: heading(21, 160, 5),
        caption: {
          run: { font: FONT, size: 18, italics: true, color: MUTED },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
      },
      paragraphStyles: [
        {
          id: "TOCHeading",
          name: "TOC Heading",
          basedOn: "Normal",
          next: "Normal",
          run: { font: FONT },
          paragraph: { spacing: { after: 240 } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: "report-bullets", levels: bulletLevels },
        { reference: "report-numbers", levels: numberLevels },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${titleNode?.title ?? "Rapport"} — page `, size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED }),
                  new TextRun({ text: " sur ", size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function renderDocx(
  doc: ReportDocument,
  images: ReportImages = NO_IMAGES,
  options: DocxOptions = {},
): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(doc, images, options));
}
