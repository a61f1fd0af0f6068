/**
 * The report as one Markdown file: the same reading order and numbering as
 * the DOCX and PDF, charts given as their figures in words (tables in the data annex).
 */
import { frenchTypography } from "@/lib/text/typography";
import { layoutReport, TOC_DEPTH, type ReportNode } from "./layout";
import type { ReportDocument } from "./types";

/**
 * The Markdown typeset as the PDF and DOCX print it (frenchSpacing, not cached: one
 * text per export): prose
 * only, code blocks and spans keep their characters. A sign closed by
 * emphasis ("**Objectif :**") or after it ("*Note* :") gets its space too,
 * as it does in the other formats, where the emphasis is a separate run.
 */
function typesetMarkdown(markdown: string): string {
  return markdown
    .split(/(```[\s\S]*?```|`[^`\n]*`)/)
    .map((part, i) =>
      i % 2
        ? part
        : frenchTypography(
            part
              .replace(/([\p{L}\p{N}»)\]’"*_])[ \t]+:(?=[*_]*(?:\s|$))/gu, "$1\u00A0:")
              .replace(/([\p{L}\p{N}»)\]’"*_])[ \t]+([;!?]+)(?=[*_]*(?:\s|$))/gu, "$1\u202F$2"),
          ),
    )
    .join("");
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").trim() || " ";

function pipeTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(cell).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

function anchor(id: string, text: string): string {
  return `[${text}](#${id})`;
}

export function renderMarkdown(doc: ReportDocument): string {
  const nodes = layoutReport(doc);
  const headings = nodes.filter((n): n is Extract<ReportNode, { kind: "heading" }> => n.kind === "heading");
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case "title":
        out.push(
          `# ${node.title}`,
          `**${node.subtitle}**`,
          node.identities.map((i) => i.name).join(" · "),
          `${node.kicker}`,
          ...node.lines.map((l) => `*${l}*`),
        );
        break;
      case "toc":
        out.push(
          `## ${node.title}`,
          headings
            .filter((x) => x.level <= TOC_DEPTH)
            .map((x) => `${"  ".repeat(x.level - 1)}- ${anchor(x.id, x.text)}`)
            .join("\n"),
        );
        break;
      case "heading":
        // The title is the document's only h1: chapters are h2, and so on.
        out.push(`<a id="${node.id}"></a>\n\n${"#".repeat(Math.min(6, node.level + 1))} ${node.text}`);
        break;
      case "markdown":
        out.push(node.source);
        break;
      case "paragraph":
        out.push(node.text);
        break;
      case "table":
        out.push(`*${node.caption}*`, pipeTable(node.header, node.rows));
        break;
      case "chart":
        out.push(`*${node.label} — ${node.chart.title}* — ${node.alt} ${node.note}`);
        break;
      case "keyFigures":
        out.push(
          node.figures
            .map((f) => `- **${f.value}** ${f.label}${f.detail ? ` (${f.detail})` : ""}`)
            .join("\n"),
        );
        break;
      case "columns":
        out.push(`*${node.caption}*`, node.items.map((i) => `- ${i}`).join("\n"));
        break;
      case "entry":
        out.push(
          [
            `**${node.title}** — ${node.meta}`,
            node.summary,
            ...node.facts.map((f) => `- ${f.label}\u00A0: ${f.value}`),
          ]
            .filter(Boolean)
            .join("\n\n"),
        );
        break;
    }
  }
  return typesetMarkdown(`${out.join("\n\n")}\n`);
}
