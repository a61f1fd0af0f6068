/**
 * The report as a PDF (pdfkit): selectable text in DejaVu Sans (a TrueType
 * font from the `dejavu-fonts-ttf` package, embedded and subset, which has
 * « », œ, € and the narrow no-break space), a document outline (bookmarks)
 * of chapters and sections, a table of contents with links and page
 * numbers, « page N sur M » in the footer, tables whose header row repeats
 * after a page break and whose rows never split, and bar charts drawn as
 * vector shapes followed by their table.
 */
import { drawPdfImage, NO_IMAGES, type ReportImages } from "./action-images";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { chartGeometry, chartTable, type BarChart } from "./charts";
import { frenchSpacing } from "./format";
import { layoutReport, type ReportNode } from "./layout";
import { markdownBlocks, type Block, type Inline } from "./markdown";
import type { ReportDocument } from "./types";

const FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let fontCache: Record<FontName, Buffer> | null = null;
/** The font files, read once from node_modules (never downloaded). */
function fonts(): Record<FontName, Buffer> {
  if (!fontCache) {
    const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
    fontCache = Object.fromEntries(
      Object.entries(FONT_FILES).map(([k, f]) => [k, readFileSync(path.join(dir, f))]),
    ) as Record<FontName, Buffer>;
  }
  return fontCache;
}

const COLOR = {
  text: "#1f2937",
  muted: "#4b5563",
  accent: "#24305e",
  link: "#1d4ed8",
  line: "#c7cbd6",
  headerFill: "#e8eaf2",
  bar: "#24305e",
};
const SIZE = { body: 10, small: 8.5, h: [20, 15, 12.5, 11] as const };
const MARGIN = { top: 60, bottom: 64, left: 56, right: 56 };

type Heading = Extract<ReportNode, { kind: "heading" }>;

class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly outlineParents: PDFKit.PDFOutline[] = [];
  readonly headingPages = new Map<string, number>();
  readonly tocSlots: { id: string; page: number; y: number }[] = [];
  private pageIndex = 0;

  constructor(title: string, subject: string) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      bufferPages: true,
      pdfVersion: "1.7",
      lang: "fr-FR",
      displayTitle: true,
      info: {
        Title: title,
        Subject: subject,
        Author: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
        Creator: "Portail des CMQ BFC",
      },
    });
    const f = fonts();
    for (const name of Object.keys(FONT_FILES) as FontName[]) this.doc.registerFont(name, f[name]);
    this.doc.font("regular").fontSize(SIZE.body).fillColor(COLOR.text);
    this.doc.on("pageAdded", () => {
      this.pageIndex += 1;
      this.doc.font("regular").fontSize(SIZE.body).fillColor(COLOR.text);
    });
  }

  get width() {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom() {
    return this.doc.page.height - MARGIN.bottom;
  }
  get page() {
    return this.pageIndex;
  }

  /** Starts a new page unless there is `height` left on this one. */
  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  newPage() {
    if (this.doc.y > MARGIN.top + 1) this.doc.addPage();
  }

  gap(points: number) {
    this.doc.y = Math.min(this.doc.y + points, this.bottom);
  }

  font(name: FontName, size = SIZE.body, color = COLOR.text) {
    this.doc.font(name).fontSize(size).fillColor(color);
    return this.doc;
  }

  /** One paragraph of styled runs, starting at `x`, wrapped at `width`. */
  inlines(
    list: Inline[],
    x = MARGIN.left,
    width = this.width,
    options: { size?: number; color?: string; bold?: boolean; italic?: boolean } = {},
  ) {
    const items = list.filter((i) => i.text.length > 0);
    if (items.length === 0) return;
    const size = options.size ?? SIZE.body;
    items.forEach((run, i) => {
      const bold = options.bold || run.bold;
      const italic = options.italic || run.italic;
      const name: FontName = bold && italic ? "boldItalic" : bold ? "bold" : italic ? "italic" : "regular";
      this.font(name, size, run.link ? COLOR.link : (options.color ?? COLOR.text));
      const last = i === items.length - 1;
      const link = run.link && /^(https?:|mailto:)/.test(run.link) ? run.link : null;
      const textOptions: PDFKit.Mixins.TextOptions = {
        continued: !last,
        link,
        underline: !!link,
        lineGap: 2,
      };
      if (i === 0) this.doc.text(frenchSpacing(run.text), x, this.doc.y, { ...textOptions, width });
      else this.doc.text(frenchSpacing(run.text), textOptions);
    });
    this.font("regular");
  }

  paragraph(
    text: string,
    options: {
      size?: number;
      color?: string;
      bold?: boolean;
      italic?: boolean;
      x?: number;
      width?: number;
    } = {},
  ) {
    this.inlines([{ text }], options.x ?? MARGIN.left, options.width ?? this.width, options);
  }

  blocks(blocks: Block[], x = MARGIN.left, width = this.width) {
    for (const b of blocks) {
      switch (b.type) {
        case "paragraph":
          this.inlines(b.inlines, x, width);
          this.gap(5);
          break;
        case "heading":
          this.ensure(40);
          this.inlines(b.inlines, x, width, { bold: true });
          this.gap(3);
          break;
        case "list":
          b.items.forEach((item, index) => {
            const marker = b.ordered ? `${b.start + index}.` : "•";
            const indent = b.ordered ? 18 : 12;
            this.ensure(14);
            const y = this.doc.y;
            this.font("regular").text(marker, x, y, { width: indent, lineBreak: false });
            this.doc.y = y;
            const [first, ...rest] = item;
            if (first?.type === "paragraph") {
              this.inlines(first.inlines, x + indent, width - indent);
              this.gap(2);
              this.blocks(rest, x + indent, width - indent);
            } else {
              this.blocks(item, x + indent, width - indent);
            }
          });
          this.gap(3);
          break;
        case "quote":
          this.blocks(b.blocks, x + 14, width - 14);
          break;
        case "code":
          this.paragraph(b.text, { x, width, size: SIZE.small });
          this.gap(4);
          break;
        case "rule":
          this.doc
            .moveTo(x, this.doc.y)
            .lineTo(x + width, this.doc.y)
            .strokeColor(COLOR.line)
            .stroke();
          this.gap(6);
          break;
      }
    }
  }

  heading(node: Heading) {
    if (node.newPage) this.newPage();
    const size = SIZE.h[node.level - 1];
    // Keep a heading with the first lines that follow it.
    this.ensure(size * 2 + 48);
    if (this.doc.y > MARGIN.top + 1) this.gap(node.level === 1 ? 4 : 10);
    const top = this.doc.y;
    this.doc.addNamedDestination(
      node.id,
      "XYZ",
      MARGIN.left,
      this.doc.page.height - top,
      null as unknown as number,
    );
    this.headingPages.set(node.id, this.page);
    if (node.level <= 3) {
      const parent =
        node.level === 1 ? this.doc.outline : (this.outlineParents[node.level - 2] ?? this.doc.outline);
      const item = parent.addItem(node.text, { top } as { expanded?: boolean });
      this.outlineParents[node.level - 1] = item;
      this.outlineParents.length = node.level;
    }
    this.font("bold", size, COLOR.accent).text(frenchSpacing(node.text), MARGIN.left, top, {
      width: this.width,
      lineGap: 2,
    });
    if (node.level === 1) {
      this.doc
        .moveTo(MARGIN.left, this.doc.y + 2)
        .lineTo(MARGIN.left + this.width, this.doc.y + 2)
        .strokeColor(COLOR.accent)
        .lineWidth(1)
        .stroke();
      this.gap(12);
    } else {
      this.gap(5);
    }
    this.font("regular");
  }

  caption(text: string) {
    this.paragraph(text, { size: SIZE.small, italic: true, color: COLOR.muted });
    this.gap(3);
  }

  table(caption: string, header: string[], rows: string[][], weights: number[]) {
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * this.width);
    const pad = 4;
    const size = SIZE.small;
    const rowHeight = (cells: string[], bold: boolean) => {
      this.font(bold ? "bold" : "regular", size);
      return (
        Math.max(
          ...cells.map((c, i) =>
            this.doc.heightOfString(frenchSpacing(c || " "), { width: widths[i] - 2 * pad, lineGap: 1 }),
          ),
        ) +
        2 * pad
      );
    };
    const drawRow = (cells: string[], y: number, height: number, isHeader: boolean) => {
      let x = MARGIN.left;
      cells.forEach((c, i) => {
        if (isHeader) this.doc.rect(x, y, widths[i], height).fillColor(COLOR.headerFill).fill();
        this.doc.rect(x, y, widths[i], height).lineWidth(0.5).strokeColor(COLOR.line).stroke();
        this.font(isHeader ? "bold" : "regular", size).text(frenchSpacing(c), x + pad, y + pad, {
          width: widths[i] - 2 * pad,
          lineGap: 1,
        });
        x += widths[i];
      });
      this.doc.y = y + height;
    };
    const headerHeight = rowHeight(header, true);
    const firstRow = rows.length ? rowHeight(rows[0], false) : 0;
    this.ensure(SIZE.small * 2 + headerHeight + firstRow + 6);
    this.caption(caption);
    drawRow(header, this.doc.y, headerHeight, true);
    for (const row of rows) {
      const height = Math.min(rowHeight(row, false), this.bottom - MARGIN.top - headerHeight);
      if (this.doc.y + height > this.bottom) {
        // A row never splits: it moves to the next page, under the header again.
        this.doc.addPage();
        drawRow(header, this.doc.y, headerHeight, true);
      }
      drawRow(row, this.doc.y, height, false);
    }
    this.doc.x = MARGIN.left;
    this.gap(10);
    this.font("regular");
  }

  chart(chart: BarChart) {
    const g = chartGeometry(chart, this.width, { barHeight: 12, gap: 6, labelWidth: this.width * 0.38 });
    this.ensure(g.height + 30);
    this.caption(chart.title);
    const top = this.doc.y;
    for (const bar of g.bars) {
      const y = top + bar.y;
      this.font("regular", SIZE.small).text(frenchSpacing(bar.label), MARGIN.left, y + 1, {
        width: g.labelWidth,
        align: "right",
        lineBreak: false,
        ellipsis: true,
        height: g.barHeight,
      });
      if (bar.width > 0)
        this.doc
          .rect(MARGIN.left + g.barX, y, bar.width, g.barHeight)
          .fillColor(COLOR.bar)
          .fill();
      this.font("regular", SIZE.small).text(bar.valueText, MARGIN.left + g.barX + bar.width + 4, y + 1, {
        lineBreak: false,
      });
    }
    this.doc
      .moveTo(MARGIN.left + g.barX, top)
      .lineTo(MARGIN.left + g.barX, top + g.height)
      .lineWidth(0.5)
      .strokeColor(COLOR.muted)
      .stroke();
    this.doc.x = MARGIN.left;
    this.doc.y = top + g.height + 6;
    const t = chartTable(chart);
    this.table(`${chart.title} (données)`, t.header, t.rows, [4, 1]);
  }

  entry(node: Extract<ReportNode, { kind: "entry" }>) {
    this.ensure(60);
    this.gap(4);
    this.paragraph(node.title, { bold: true });
    this.gap(1);
    this.paragraph(node.meta, { italic: true, color: COLOR.muted, size: SIZE.small + 0.5 });
    this.gap(2);
    if (node.summary) {
      this.paragraph(node.summary);
      this.gap(2);
    }
    for (const f of node.facts) {
      this.inlines(
        [{ text: `${f.label} : `, bold: true }, { text: f.value }],
        MARGIN.left + 12,
        this.width - 12,
        { size: SIZE.small + 0.5 },
      );
      this.gap(1);
    }
    this.gap(6);
  }

  titlePage(node: Extract<ReportNode, { kind: "title" }>) {
    this.doc.y = 200;
    this.paragraph(node.kicker, { color: COLOR.muted, size: 12 });
    this.gap(24);
    this.font("bold", 30, COLOR.accent).text(frenchSpacing(node.title), MARGIN.left, this.doc.y, {
      width: this.width,
    });
    this.gap(12);
    this.paragraph(node.subtitle, { size: 16 });
    this.gap(80);
    for (const line of node.lines) this.paragraph(line, { italic: true, color: COLOR.muted });
    this.doc.rect(MARGIN.left, 160, 60, 6).fillColor(COLOR.accent).fill();
    this.font("regular");
  }

  /** Table of contents: titles now, page numbers once the body is laid out. */
  toc(title: string, headings: Heading[]) {
    this.doc.addPage();
    this.font("bold", SIZE.h[0], COLOR.accent).text(title, MARGIN.left, this.doc.y, { width: this.width });
    this.gap(14);
    for (const h of headings) {
      const indent = (h.level - 1) * 14;
      const size = h.level === 1 ? SIZE.body + 0.5 : SIZE.body - 0.5;
      this.font(h.level === 1 ? "bold" : "regular", size);
      const height = this.doc.heightOfString(frenchSpacing(h.text), {
        width: this.width - indent - 40,
        lineGap: 1,
      });
      this.ensure(height + (h.level === 1 ? 8 : 3));
      if (h.level === 1) this.gap(5);
      const y = this.doc.y;
      this.doc.text(frenchSpacing(h.text), MARGIN.left + indent, y, {
        width: this.width - indent - 40,
        lineGap: 1,
        goTo: h.id,
      });
      this.tocSlots.push({ id: h.id, page: this.page, y });
      this.gap(h.level === 1 ? 3 : 1.5);
    }
  }

  /** Page numbers in the table of contents and in every footer (not on the title page). */
  finish(footerTitle: string) {
    const { start, count } = this.doc.bufferedPageRange();
    for (const slot of this.tocSlots) {
      const target = this.headingPages.get(slot.id);
      if (target === undefined) continue;
      this.doc.switchToPage(start + slot.page);
      this.font("regular", SIZE.body - 0.5).text(String(target + 1), MARGIN.left + this.width - 36, slot.y, {
        width: 36,
        align: "right",
        lineBreak: false,
        goTo: slot.id,
      });
    }
    for (let i = 1; i < count; i++) {
      this.doc.switchToPage(start + i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.font("regular", 8, COLOR.muted).text(
        `${frenchSpacing(footerTitle)} — page ${i + 1} sur ${count}`,
        MARGIN.left,
        this.doc.page.height - 40,
        {
          width: this.width,
          align: "center",
          lineBreak: false,
        },
      );
      this.doc.page.margins.bottom = bottom;
    }
  }
}

export async function renderPdf(doc: ReportDocument, images: ReportImages = NO_IMAGES): Promise<Buffer> {
  const nodes = layoutReport(doc);
  const title = nodes.find((n): n is Extract<ReportNode, { kind: "title" }> => n.kind === "title");
  const headings = nodes.filter((n): n is Heading => n.kind === "heading" && n.level <= 3);
  const w = new PdfWriter(
    title ? `${title.title} — ${title.subtitle}` : `Rapport d’activité ${doc.year}`,
    title?.subtitle ?? "",
  );

  const chunks: Buffer[] = [];
  w.doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    w.doc.on("end", () => resolve(Buffer.concat(chunks)));
    w.doc.on("error", reject);
  });

  for (const node of nodes) {
    switch (node.kind) {
      case "title":
        w.titlePage(node);
        break;
      case "toc":
        w.toc(node.title, headings);
        break;
      case "heading":
        w.heading(node);
        break;
      case "markdown":
        w.blocks(markdownBlocks(node.source));
        break;
      case "paragraph":
        w.paragraph(node.text);
        w.gap(5);
        break;
      case "table":
        w.table(node.caption, node.header, node.rows, node.widths);
        break;
      case "chart":
        w.chart(node.chart);
        break;
      case "entry":
        w.entry(node);
        if (node.image && images.has(node.image.mediaId))
          drawPdfImage(w, images.get(node.image.mediaId)!, MARGIN.left + 12);
        break;
    }
  }
  w.finish(title?.title ?? `Rapport d’activité ${doc.year}`);
  w.doc.end();
  return done;
}
