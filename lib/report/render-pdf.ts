/**
 * The report as a PDF (pdfkit): selectable text in DejaVu Sans (a TrueType
 * font from the `dejavu-fonts-ttf` package, embedded and subset, which has
 * « », œ, € and the narrow no-break space), a document outline (bookmarks)
 * of chapters and sections, a table of contents with links and page
 * numbers, « page N sur M » in the footer, tables whose header row repeats
 * after a page break and whose rows never split, and bar charts drawn as
 * vector shapes (their figures in their alternative text; the tables are in
 * the data annex).
 *
 * The file is a tagged PDF (PDF/UA identifier, language fr-FR, title shown
 * by viewers): every piece of text is marked content of a structure element
 * — H1–H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure with Alt, TOC/TOCI —
 * added in reading order; rules, fills, repeated table headers and the
 * footers are artifacts.
 */
import { fitted, NO_IMAGES, type ReportImages } from "./action-images";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { chartGeometry } from "./charts";
import { frenchSpacing } from "./format";
import { layoutReport, TOC_DEPTH, type CoverCampus, type ReportNode } from "./layout";
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

/**
 * What pdfkit 0.20 (pinned) builds for a font, kept from one export to the
 * next: the parsed font (pdfkit accepts it in place of the file) and its
 * cache of laid-out words (glyphs and advances, which pdfkit copies and never
 * changes). Parsing DejaVu's tables and shaping every word again were most
 * of an export's time. Each document still embeds its own subset.
 */
type EmbeddedFont = { font: { layout: unknown }; layoutCache?: Record<string, unknown> };
const parsedFonts = new Map<FontName, { font: EmbeddedFont["font"]; layoutCache: Record<string, unknown> }>();
/** Past this many words per font, the word cache starts over (a bound on memory in a long-lived server). */
const MAX_CACHED_WORDS = 50_000;

function registerFonts(doc: PDFKit.PDFDocument) {
  const files = fonts();
  for (const name of Object.keys(FONT_FILES) as FontName[]) {
    const parsed = parsedFonts.get(name);
    doc.registerFont(name, (parsed?.font ?? files[name]) as Buffer);
    doc.font(name);
    const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
    if (parsed && Object.keys(parsed.layoutCache).length < MAX_CACHED_WORDS) {
      embedded.layoutCache = parsed.layoutCache;
    } else if (embedded.layoutCache) {
      parsedFonts.set(name, { font: embedded.font, layoutCache: embedded.layoutCache });
    }
  }
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
type Struct = PDFKit.PDFStructureElement;
/** Structure options pdfkit reads beyond its typings: table header scope, figure box. */
type StructOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: "Column" | "Row";
  bbox?: [number, number, number, number];
};

class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly outlineParents: PDFKit.PDFOutline[] = [];
  readonly headingPages = new Map<string, number>();
  readonly tocSlots: { id: string; page: number; y: number; level: number; item: Struct }[] = [];
  private pageIndex = 0;
  /** Open structure elements, innermost last; the first is the Document. */
  private readonly structs: Struct[];
  private tocList: Struct | null = null;
  /** The Link element being drawn: the link annotations made now are its objects. */
  private linkElement: Struct | null = null;

  constructor(title: string, subject: string) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      bufferPages: true,
      pdfVersion: "1.7",
      tagged: true,
      subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
      lang: "fr-FR",
      displayTitle: true,
      info: {
        Title: title,
        Subject: subject,
        Author: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
        Creator: "Portail des CMQ BFC",
      },
    });
    registerFonts(this.doc);
    this.tagLinks();
    this.doc.font("regular").fontSize(SIZE.body).fillColor(COLOR.text);
    this.doc.on("pageAdded", () => {
      this.pageIndex += 1;
      this.doc.font("regular").fontSize(SIZE.body).fillColor(COLOR.text);
    });
    const root = this.doc.struct("Document");
    this.doc.addStructure(root);
    this.structs = [root];
  }

  /**
   * Every link annotation (a URL, or a go-to inside the document) becomes an
   * object of the Link element being drawn, with its text as its Contents:
   * pdfkit does the first for URLs only.
   */
  private tagLinks() {
    type AnnotationOptions = Record<string, unknown>;
    const doc = this.doc as unknown as {
      goTo: (x: number, y: number, w: number, h: number, name: string, o?: AnnotationOptions) => unknown;
      link: (x: number, y: number, w: number, h: number, url: string, o?: AnnotationOptions) => unknown;
    };
    const tagged = (options: AnnotationOptions = {}) =>
      this.linkElement
        ? { ...options, structParent: this.linkElement, Contents: new String(this.linkText) }
        : options;
    const goTo = doc.goTo.bind(doc);
    const link = doc.link.bind(doc);
    doc.goTo = (x, y, w, h, name, options) => goTo(x, y, w, h, name, tagged(options));
    doc.link = (x, y, w, h, url, options) => link(x, y, w, h, url, tagged(options));
  }
  private linkText = "";

  /** A Link element: what `draw` puts on the page, and the link annotations it makes. */
  linked(text: string, draw: () => void) {
    const el = this.doc.struct("Link");
    this.parent.add(el);
    el.add(() => {
      this.linkElement = el;
      this.linkText = text;
      try {
        draw();
      } finally {
        this.linkElement = null;
      }
    });
    el.end();
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

  private get parent(): Struct {
    return this.structs[this.structs.length - 1];
  }

  /** A grouping element (Sect, L, LI, Table, TR…) holding what `body` adds. */
  group<T>(type: string, body: () => T, options: StructOptions = {}): T {
    const el = this.doc.struct(type, options);
    this.parent.add(el);
    this.structs.push(el);
    try {
      return body();
    } finally {
      this.structs.pop();
      el.end();
    }
  }

  /** An element whose content is what `draw` puts on the page (it may run onto the next page). */
  leaf(type: string, draw: () => void, options: StructOptions = {}, keepOpen = false): Struct {
    const el = this.doc.struct(type, options);
    this.parent.add(el);
    el.add(draw);
    if (!keepOpen) el.end();
    return el;
  }

  /** Drawing that is not content: rules, fills, running footers, repeated headers. */
  artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout") {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
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

  rule(x1: number, x2: number, y: number, color = COLOR.line, width = 0.5) {
    this.artifact(() => this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke());
  }

  /**
   * One paragraph of styled runs, starting at `x`, wrapped at `width`, each
   * run content of the open element; a linked run (a URL, or `#id` for a
   * heading of this document) is a Link element of its own.
   */
  private runs(
    list: Inline[],
    x: number,
    width: number,
    options: { size?: number; color?: string; bold?: boolean; italic?: boolean; align?: "left" | "center" },
  ) {
    const items = list.filter((i) => i.text.length > 0);
    const size = options.size ?? SIZE.body;
    items.forEach((run, i) => {
      const bold = options.bold || run.bold;
      const italic = options.italic || run.italic;
      const name: FontName = bold && italic ? "boldItalic" : bold ? "bold" : italic ? "italic" : "regular";
      const link = run.link && /^(https?:|mailto:)/.test(run.link) ? run.link : null;
      const goTo = run.link?.startsWith("#") ? run.link.slice(1) : null;
      const last = i === items.length - 1;
      const textOptions: PDFKit.Mixins.TextOptions = {
        continued: !last,
        link,
        goTo: goTo ?? undefined,
        underline: !!link,
        lineGap: 2,
        align: options.align,
      };
      const text = frenchSpacing(run.text);
      const draw = () => {
        this.font(name, size, link || goTo ? COLOR.link : (options.color ?? COLOR.text));
        if (i === 0) this.doc.text(text, x, this.doc.y, { ...textOptions, width });
        else this.doc.text(text, textOptions);
      };
      if (link || goTo) this.linked(text, draw);
      else this.parent.add(draw);
    });
    this.font("regular");
  }

  /** A tagged paragraph (P, or `type`) of styled runs. */
  inlines(
    list: Inline[],
    x = MARGIN.left,
    width = this.width,
    options: {
      size?: number;
      color?: string;
      bold?: boolean;
      italic?: boolean;
      type?: string;
      align?: "left" | "center";
    } = {},
  ) {
    if (!list.some((i) => i.text.length > 0)) return;
    this.group(options.type ?? "P", () => this.runs(list, x, width, options));
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
      type?: string;
      align?: "left" | "center";
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
          // Headings are lifted out by the layout; a stray one reads as a bold line.
          this.ensure(40);
          this.inlines(b.inlines, x, width, { bold: true });
          this.gap(3);
          break;
        case "list":
          this.group("L", () =>
            b.items.forEach((item, index) => {
              const marker = b.ordered ? `${b.start + index}.` : "•";
              const indent = b.ordered ? 18 : 12;
              this.ensure(14);
              this.group("LI", () => {
                const y = this.doc.y;
                this.leaf("Lbl", () =>
                  this.font("regular").text(marker, x, y, { width: indent, lineBreak: false }),
                );
                this.doc.y = y;
                this.group("LBody", () => {
                  const [first, ...rest] = item;
                  if (first?.type === "paragraph") {
                    this.inlines(first.inlines, x + indent, width - indent);
                    this.gap(2);
                    this.blocks(rest, x + indent, width - indent);
                  } else {
                    this.blocks(item, x + indent, width - indent);
                  }
                });
              });
            }),
          );
          this.gap(3);
          break;
        case "quote":
          this.group("BlockQuote", () => this.blocks(b.blocks, x + 14, width - 14));
          break;
        case "code":
          this.paragraph(b.text, { x, width, size: SIZE.small, type: "Code" });
          this.gap(4);
          break;
        case "rule":
          this.rule(x, x + width, this.doc.y);
          this.gap(6);
          break;
      }
    }
  }

  /** `keepExtra`: room the next block needs to start (a sub-heading of its own). */
  heading(node: Heading, keepExtra = 0) {
    if (node.newPage) this.newPage();
    const size = SIZE.h[node.level - 1];
    // Keep a heading with the first lines that follow it.
    this.ensure(size * 2 + 48 + keepExtra);
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
      const item = parent.addItem(frenchSpacing(node.text), { top } as { expanded?: boolean });
      this.outlineParents[node.level - 1] = item;
      this.outlineParents.length = node.level;
    }
    this.leaf(`H${node.level}`, () =>
      this.font("bold", size, COLOR.accent).text(frenchSpacing(node.text), MARGIN.left, top, {
        width: this.width,
        lineGap: 2,
      }),
    );
    if (node.level === 1) {
      this.rule(MARGIN.left, MARGIN.left + this.width, this.doc.y + 2, COLOR.accent, 1);
      this.gap(12);
    } else {
      this.gap(5);
    }
    this.font("regular");
  }

  caption(text: string) {
    this.paragraph(text, { size: SIZE.small, italic: true, color: COLOR.muted, type: "Caption" });
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
    /** A row; the header's repetition after a page break is an artifact (read once). */
    const drawRow = (cells: string[], y: number, height: number, kind: "header" | "repeat" | "body") => {
      let x = MARGIN.left;
      const isHeader = kind !== "body";
      const draw = () =>
        cells.forEach((c, i) => {
          const cx = x;
          this.artifact(() => {
            if (isHeader) this.doc.rect(cx, y, widths[i], height).fillColor(COLOR.headerFill).fill();
            this.doc.rect(cx, y, widths[i], height).lineWidth(0.5).strokeColor(COLOR.line).stroke();
          });
          const text = () =>
            this.font(isHeader ? "bold" : "regular", size).text(frenchSpacing(c), cx + pad, y + pad, {
              width: widths[i] - 2 * pad,
              lineGap: 1,
            });
          if (kind === "repeat") this.artifact(text, "Pagination");
          else if (kind === "header") this.leaf("TH", text, { scope: "Column" });
          else this.leaf("TD", text);
          x += widths[i];
        });
      if (kind === "repeat") draw();
      else this.group("TR", draw);
      this.doc.y = y + height;
    };
    const headerHeight = rowHeight(header, true);
    const firstRow = rows.length ? rowHeight(rows[0], false) : 0;
    this.ensure(SIZE.small * 2 + headerHeight + firstRow + 6);
    this.group("Table", () => {
      this.caption(caption);
      drawRow(header, this.doc.y, headerHeight, "header");
      for (const row of rows) {
        const height = Math.min(rowHeight(row, false), this.bottom - MARGIN.top - headerHeight);
        if (this.doc.y + height > this.bottom) {
          // A row never splits: it moves to the next page, under the header again.
          this.doc.addPage();
          drawRow(header, this.doc.y, headerHeight, "repeat");
        }
        drawRow(row, this.doc.y, height, "body");
      }
    });
    this.doc.x = MARGIN.left;
    this.gap(10);
    this.font("regular");
  }

  chart(node: Extract<ReportNode, { kind: "chart" }>) {
    const { chart } = node;
    const g = chartGeometry(chart, this.width, { barHeight: 12, gap: 6, labelWidth: this.width * 0.38 });
    this.ensure(g.height + 44);
    this.caption(`${node.label} — ${chart.title}`);
    const top = this.doc.y;
    const bbox: [number, number, number, number] = [
      MARGIN.left,
      top,
      MARGIN.left + this.width,
      top + g.height,
    ];
    // The bars and their labels are the figure; its Alt gives every figure in words.
    this.leaf(
      "Figure",
      () => {
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
      },
      { alt: frenchSpacing(node.alt), bbox },
    );
    this.doc.x = MARGIN.left;
    this.doc.y = top + g.height + 4;
    // The note names the data annex, with a link to it.
    for (const b of markdownBlocks(node.note))
      if (b.type === "paragraph")
        this.inlines(b.inlines, MARGIN.left, this.width, { size: SIZE.small, color: COLOR.muted });
    this.gap(10);
  }

  entry(node: Extract<ReportNode, { kind: "entry" }>) {
    this.ensure(60);
    this.gap(4);
    // An action's title is a heading one level below its group's.
    this.paragraph(node.title, { bold: true, type: `H${node.level}` });
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

  /** An image with its alternative text, at the writer's position. */
  image(bytes: Buffer, size: { width: number; height: number }, alt: string, x: number) {
    this.ensure(size.height + 8);
    const y = this.doc.y;
    this.leaf("Figure", () => this.doc.image(bytes, x, y, size), {
      alt: alt || "Image",
      bbox: [x, y, x + size.width, y + size.height],
    });
    this.doc.x = MARGIN.left;
    this.doc.y = y + size.height;
    this.gap(8);
  }

  /** A long list of names in columns, read column after column. */
  columns(node: Extract<ReportNode, { kind: "columns" }>) {
    const gutter = 14;
    const colWidth = (this.width - gutter * (node.columns - 1)) / node.columns;
    const size = SIZE.small + 0.5;
    this.font("regular", size);
    const heights = node.items.map(
      (i) => this.doc.heightOfString(frenchSpacing(i), { width: colWidth - 10 }) + 2,
    );
    this.ensure(SIZE.small * 2 + (heights[0] ?? 0) * 3);
    this.caption(node.caption);
    this.group("L", () => {
      let index = 0;
      while (index < node.items.length) {
        // Fill this page's columns evenly with what is left, column after column.
        const room = this.bottom - this.doc.y;
        const remaining = heights.slice(index).reduce((a, b) => a + b, 0);
        const target = Math.min(room, remaining / node.columns + Math.max(...heights.slice(index)));
        const top = this.doc.y;
        let bottom = top;
        for (let col = 0; col < node.columns && index < node.items.length; col++) {
          const x = MARGIN.left + col * (colWidth + gutter);
          let y = top;
          while (index < node.items.length && (y === top || y + heights[index] <= top + target)) {
            if (y + heights[index] > this.bottom) break;
            const item = node.items[index];
            const itemY = y;
            this.group("LI", () => {
              this.leaf("Lbl", () => this.font("regular", size).text("•", x, itemY, { lineBreak: false }));
              this.leaf("LBody", () =>
                this.font("regular", size).text(frenchSpacing(item), x + 10, itemY, { width: colWidth - 10 }),
              );
            });
            y += heights[index];
            index += 1;
          }
          bottom = Math.max(bottom, y);
        }
        this.doc.x = MARGIN.left;
        this.doc.y = bottom;
        if (index < node.items.length) this.doc.addPage();
      }
    });
    this.gap(8);
    this.font("regular");
  }

  /** The cover: the institutions, the title and year, the edition's state, the six campuses. */
  titlePage(node: Extract<ReportNode, { kind: "title" }>, images: ReportImages) {
    const doc = this.doc;
    const pageWidth = doc.page.width;
    this.artifact(() => {
      doc.rect(0, 0, pageWidth, 8).fillColor(COLOR.accent).fill();
    });
    // The institutions side by side: their uploaded logo, or their name.
    const half = (this.width - 20) / 2;
    node.identities.forEach((identity, i) => {
      const x = MARGIN.left + i * (half + 20);
      const logo = identity.logo ? images.get(identity.logo.mediaId) : undefined;
      if (logo) {
        const size = fitted(logo, half, 64);
        this.leaf("Figure", () => doc.image(logo.bytes, x, 40, size), {
          alt: frenchSpacing(identity.logo?.alt || `Logo : ${identity.name}`),
          bbox: [x, 40, x + size.width, 40 + size.height],
        });
        return;
      }
      this.artifact(() => doc.rect(x, 44, 3, 34).fillColor(COLOR.accent).fill());
      doc.y = 46;
      this.paragraph(identity.name, {
        x: x + 10,
        width: half - 10,
        bold: true,
        size: 11,
        color: COLOR.accent,
      });
    });
    doc.y = 150;
    this.artifact(() => doc.rect(MARGIN.left, 150, 60, 6).fillColor(COLOR.accent).fill());
    doc.y = 172;
    this.paragraph(node.kicker, { color: COLOR.muted, size: 12 });
    this.gap(18);
    this.leaf("H1", () =>
      this.font("bold", 32, COLOR.accent).text(frenchSpacing(node.title), MARGIN.left, doc.y, {
        width: this.width,
      }),
    );
    this.gap(10);
    this.paragraph(node.subtitle, { size: 15 });
    this.gap(24);
    // The edition's state, framed: green when validated, orange for a working version;
    // a note in brackets (how the date is known) goes under it, in smaller type.
    const state = node.lines.join(" — ");
    const split = /^(.+?) \((.+)\)$/su.exec(state);
    const [main, note] = split
      ? // The note, out of its brackets, reads as a sentence of its own.
        [frenchSpacing(split[1]), frenchSpacing(split[2].charAt(0).toUpperCase() + split[2].slice(1))]
      : [frenchSpacing(state), null];
    const stateColor = node.validated ? "#1d6b3a" : "#a14b00";
    const pad = 10;
    this.font("bold", 10.5);
    const boxWidth = note ? this.width : Math.min(this.width, doc.widthOfString(main) + 2 * pad + 4);
    const inner = boxWidth - 2 * pad;
    const mainHeight = doc.heightOfString(main, { width: inner });
    this.font("regular", 8.5);
    const noteHeight = note ? doc.heightOfString(note, { width: inner, lineGap: 1 }) + 3 : 0;
    const stateY = doc.y;
    this.artifact(() =>
      doc
        .roundedRect(MARGIN.left, stateY, boxWidth, mainHeight + noteHeight + 2 * 7, 4)
        .lineWidth(1.2)
        .strokeColor(stateColor)
        .stroke(),
    );
    doc.y = stateY + 7;
    this.paragraph(main, { x: MARGIN.left + pad, width: inner, bold: true, size: 10.5, color: stateColor });
    if (note) {
      this.gap(3);
      this.paragraph(note, { x: MARGIN.left + pad, width: inner, size: 8.5, color: COLOR.muted });
    }

    // The campuses: uploaded logo, or their wordmark (acronym on their colour).
    const cols = 3;
    const gutter = 14;
    const tileWidth = (this.width - gutter * (cols - 1)) / cols;
    const tileHeight = 92;
    const gridTop = 470;
    this.group("L", () =>
      node.campuses.forEach((c: CoverCampus, i) => {
        const x = MARGIN.left + (i % cols) * (tileWidth + gutter);
        const y = gridTop + Math.floor(i / cols) * (tileHeight + gutter);
        const logo = c.logo ? images.get(c.logo.mediaId) : undefined;
        this.group("LI", () => {
          if (logo) {
            const size = fitted(logo, tileWidth, 52);
            doc.y = y;
            this.leaf("Figure", () => doc.image(logo.bytes, x, y, size), {
              alt: c.logo?.alt || `Logo du CMQ ${c.acronym}`,
              bbox: [x, y, x + size.width, y + size.height],
            });
          } else {
            this.artifact(() =>
              doc
                .rect(x, y, tileWidth, 52)
                .fillColor(c.color || COLOR.accent)
                .fill(),
            );
            const mark = `CMQ ${c.acronym}`;
            this.font("bold", 24);
            const markSize = Math.min(24, (24 * (tileWidth - 20)) / doc.widthOfString(mark));
            this.leaf("Lbl", () =>
              this.font("bold", markSize, "#ffffff").text(mark, x + 10, y + 26 - markSize / 2, {
                width: tileWidth - 20,
                lineBreak: false,
              }),
            );
          }
          this.leaf("LBody", () =>
            this.font("regular", 8.5, COLOR.text).text(frenchSpacing(c.name), x, y + 58, {
              width: tileWidth,
              lineGap: 1,
            }),
          );
        });
      }),
    );
    // The year, large, at the foot of the page.
    doc.y = 700;
    this.leaf("P", () =>
      this.font("bold", 54, COLOR.line).text(String(node.year), MARGIN.left, 700, {
        width: this.width,
        align: "right",
        lineBreak: false,
      }),
    );
    this.font("regular");
  }

  /** The one-page « Chiffres clés »: a grid of figures, read as a list. */
  keyFigures(node: Extract<ReportNode, { kind: "keyFigures" }>) {
    const doc = this.doc;
    const cols = 3;
    const gutter = 12;
    const tileWidth = (this.width - gutter * (cols - 1)) / cols;
    const tileHeight = 84;
    const top = doc.y + 4;
    this.group("L", () =>
      node.figures.forEach((f, i) => {
        const x = MARGIN.left + (i % cols) * (tileWidth + gutter);
        const y = top + Math.floor(i / cols) * (tileHeight + gutter);
        this.artifact(() => {
          doc.rect(x, y, tileWidth, tileHeight).fillColor("#f3f4f8").fill();
          doc.rect(x, y, 3, tileHeight).fillColor(COLOR.accent).fill();
        });
        this.group("LI", () => {
          this.leaf("Lbl", () =>
            this.font("bold", 22, COLOR.accent).text(f.value, x + 12, y + 8, {
              width: tileWidth - 20,
              lineBreak: false,
            }),
          );
          this.leaf("LBody", () => {
            this.font("bold", 9, COLOR.text).text(frenchSpacing(f.label), x + 12, y + 38, {
              width: tileWidth - 20,
              lineGap: 1,
            });
            if (f.detail)
              this.font("regular", 7.5, COLOR.muted).text(frenchSpacing(f.detail), x + 12, doc.y + 1, {
                width: tileWidth - 20,
                height: y + tileHeight - doc.y - 4,
                ellipsis: true,
                lineGap: 0.5,
              });
          });
        });
      }),
    );
    doc.x = MARGIN.left;
    doc.y = top + Math.ceil(node.figures.length / cols) * (tileHeight + gutter) + 6;
    this.font("regular");
  }

  /** Table of contents: titles now, page numbers once the body is laid out. */
  toc(title: string, headings: Heading[]) {
    this.doc.addPage();
    this.leaf("H1", () =>
      this.font("bold", SIZE.h[0], COLOR.accent).text(title, MARGIN.left, this.doc.y, { width: this.width }),
    );
    this.gap(14);
    // The list stays open with its entries: their page numbers are added once known (finish()).
    const list = this.doc.struct("TOC");
    this.parent.add(list);
    this.tocList = list;
    this.structs.push(list);
    {
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
        // The entry stays open: its page number is added once known (finish()).
        const item = this.doc.struct("TOCI");
        this.parent.add(item);
        this.structs.push(item);
        this.linked(frenchSpacing(h.text), () =>
          this.font(h.level === 1 ? "bold" : "regular", size).text(
            frenchSpacing(h.text),
            MARGIN.left + indent,
            y,
            {
              width: this.width - indent - 40,
              lineGap: 1,
              goTo: h.id,
            },
          ),
        );
        this.structs.pop();
        this.tocSlots.push({ id: h.id, page: this.page, y, level: h.level, item });
        this.gap(h.level === 1 ? 3 : 0.5);
      }
    }
    this.structs.pop();
  }

  /** Page numbers in the table of contents and in every footer (not on the cover). */
  finish(footerTitle: string) {
    const { start, count } = this.doc.bufferedPageRange();
    for (const slot of this.tocSlots) {
      const target = this.headingPages.get(slot.id);
      this.doc.switchToPage(start + slot.page);
      if (target !== undefined) {
        this.structs.push(slot.item);
        this.linked(`page ${target + 1}`, () =>
          // The number set like its title, on the same line.
          this.font(
            slot.level === 1 ? "bold" : "regular",
            slot.level === 1 ? SIZE.body + 0.5 : SIZE.body - 0.5,
          ).text(String(target + 1), MARGIN.left + this.width - 36, slot.y, {
            width: 36,
            align: "right",
            lineBreak: false,
            goTo: slot.id,
          }),
        );
        this.structs.pop();
      }
      slot.item.end();
    }
    this.tocList?.end();
    for (let i = 1; i < count; i++) {
      this.doc.switchToPage(start + i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.artifact(
        () =>
          this.font("regular", 8, COLOR.muted).text(
            `${frenchSpacing(footerTitle)} — page ${i + 1} sur ${count}`,
            MARGIN.left,
            this.doc.page.height - 40,
            { width: this.width, align: "center", lineBreak: false },
          ),
        "Pagination",
      );
      this.doc.page.margins.bottom = bottom;
    }
  }
}

export async function renderPdf(doc: ReportDocument, images: ReportImages = NO_IMAGES): Promise<Buffer> {
  const nodes = layoutReport(doc);
  const title = nodes.find((n): n is Extract<ReportNode, { kind: "title" }> => n.kind === "title");
  const headings = nodes.filter((n): n is Heading => n.kind === "heading" && n.level <= TOC_DEPTH);
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

  for (const [index, node] of nodes.entries()) {
    switch (node.kind) {
      case "title":
        w.titlePage(node, images);
        break;
      case "toc":
        w.toc(node.title, headings);
        break;
      case "heading": {
        // A sub-heading right after it (or a text opening on one) comes to the same page.
        const next = nodes[index + 1];
        const keepExtra =
          next?.kind === "heading"
            ? SIZE.h[next.level - 1] * 2 + 24
            : next?.kind === "markdown" && /^\s*#/u.test(next.source)
              ? 40
              : 0;
        w.heading(node, keepExtra);
        break;
      }
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
        w.chart(node);
        break;
      case "keyFigures":
        w.keyFigures(node);
        break;
      case "columns":
        w.columns(node);
        break;
      case "entry": {
        w.entry(node);
        const image = node.image && images.get(node.image.mediaId);
        if (image) w.image(image.bytes, fitted(image), node.image!.alt || node.title, MARGIN.left + 12);
        break;
      }
    }
  }
  w.finish(title?.title ?? `Rapport d’activité ${doc.year}`);
  w.doc.end();
  return done;
}
