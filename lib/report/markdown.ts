/**
 * The Markdown written in the back office, as the simple blocks the DOCX and
 * PDF renderers draw (paragraphs with bold/italic/links, lists, quotes,
 * code), and split at its headings so the report can number them.
 * CommonMark through mdast; raw HTML is kept as plain text, never rendered.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, Parent, PhrasingContent, RootContent } from "mdast";

export type Inline = { text: string; bold?: boolean; italic?: boolean; code?: boolean; link?: string };
export type Block =
  | { type: "paragraph"; inlines: Inline[] }
  | { type: "heading"; depth: number; inlines: Inline[] }
  | { type: "list"; ordered: boolean; start: number; items: Block[][] }
  | { type: "quote"; blocks: Block[] }
  | { type: "code"; text: string }
  | { type: "rule" };

function inlines(nodes: PhrasingContent[], style: Omit<Inline, "text"> = {}): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case "text":
        out.push({ ...style, text: n.value.replace(/\n/g, " ") });
        break;
      case "strong":
        out.push(...inlines(n.children, { ...style, bold: true }));
        break;
      case "emphasis":
        out.push(...inlines(n.children, { ...style, italic: true }));
        break;
      case "inlineCode":
        out.push({ ...style, code: true, text: n.value });
        break;
      case "link":
        out.push(...inlines(n.children, { ...style, link: n.url }));
        break;
      case "break":
        out.push({ ...style, text: "\n" });
        break;
      case "html":
        out.push({ ...style, text: n.value });
        break;
      default:
        if ("children" in n) out.push(...inlines((n as Parent).children as PhrasingContent[], style));
        else if ("value" in n) out.push({ ...style, text: String((n as { value: unknown }).value) });
    }
  }
  // Merge neighbours of the same style (fewer runs to draw).
  return out.reduce<Inline[]>((acc, cur) => {
    const prev = acc[acc.length - 1];
    if (
      prev &&
      prev.bold === cur.bold &&
      prev.italic === cur.italic &&
      prev.code === cur.code &&
      prev.link === cur.link
    )
      prev.text += cur.text;
    else acc.push({ ...cur });
    return acc;
  }, []);
}

function blocks(nodes: RootContent[]): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case "paragraph":
        out.push({ type: "paragraph", inlines: inlines(n.children) });
        break;
      case "heading":
        out.push({ type: "heading", depth: n.depth, inlines: inlines(n.children) });
        break;
      case "list":
        out.push({
          type: "list",
          ordered: !!n.ordered,
          start: n.start ?? 1,
          items: n.children.map((item) => blocks(item.children)),
        });
        break;
      case "blockquote":
        out.push({ type: "quote", blocks: blocks(n.children) });
        break;
      case "code":
        out.push({ type: "code", text: n.value });
        break;
      case "html":
        out.push({ type: "paragraph", inlines: [{ text: n.value }] });
        break;
      case "thematicBreak":
        out.push({ type: "rule" });
        break;
      default:
        if ("children" in n) out.push(...blocks((n as Parent).children as RootContent[]));
    }
  }
  return out;
}

/**
 * Parsed sources, kept between exports: the same narratives are parsed by
 * the layout, then by each renderer, and again at each export (parsing was a
 * fifth of an export's time). Results are never changed by their readers.
 */
const MEMO_LIMIT = 5_000;
function memo<T>(fn: (source: string) => T): (source: string) => T {
  const cache = new Map<string, T>();
  return (source) => {
    let value = cache.get(source);
    if (value === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      value = fn(source);
      cache.set(source, value);
    }
    return value;
  };
}

export const markdownBlocks: (source: string) => Block[] = memo((source) =>
  source.trim() ? blocks(fromMarkdown(source).children) : [],
);

export function inlineText(list: Inline[]): string {
  return list.map((i) => i.text).join("");
}

/** Plain text of a Markdown source (for CSV cells and one-line summaries). */
export const markdownToPlainText: (source: string) => string = memo(plainText);

function plainText(source: string): string {
  const text = (n: Nodes): string =>
    "value" in n && typeof n.value === "string"
      ? n.value
      : "children" in n
        ? n.children
            .map(text)
            .join(n.type === "root" || n.type === "list" || n.type === "listItem" ? "\n" : "")
        : "";
  return source.trim() ? text(fromMarkdown(source)).trim() : "";
}

export type MarkdownPart =
  { type: "heading"; depth: number; text: string } | { type: "body"; source: string };

/**
 * A Markdown source cut at its headings: each heading (with its depth) and
 * the Markdown between them, sliced from the source unchanged.
 */
export const splitAtHeadings: (source: string) => MarkdownPart[] = memo(splitSource);

function splitSource(source: string): MarkdownPart[] {
  if (!source.trim()) return [];
  const root = fromMarkdown(source);
  const parts: MarkdownPart[] = [];
  let cursor = 0;
  const pushBody = (end: number) => {
    const body = source.slice(cursor, end).trim();
    if (body) parts.push({ type: "body", source: body });
  };
  for (const node of root.children) {
    if (node.type !== "heading" || !node.position) continue;
    pushBody(node.position.start.offset ?? 0);
    parts.push({ type: "heading", depth: node.depth, text: inlineText(inlines(node.children)).trim() });
    cursor = node.position.end.offset ?? cursor;
  }
  pushBody(source.length);
  return parts;
}
