/**
 * The four export formats of the report and how each is served.
 */
import { loadActionImages, NO_IMAGES } from "./action-images";
import { reportFileName } from "./layout";
import { renderCsv } from "./render-csv";
import { renderDocx } from "./render-docx";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";
import type { ReportDocument } from "./types";

export const REPORT_FORMATS = {
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word, DOCX",
  },
  pdf: { contentType: "application/pdf", label: "PDF" },
  md: { contentType: "text/markdown; charset=utf-8", label: "Markdown" },
  csv: { contentType: "text/csv; charset=utf-8", label: "tableur CSV" },
} as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, value);
}

/** « 2018.pdf » → { year: 2018, format: "pdf" }, or null for anything else. */
export function parseReportFileName(file: string): { year: number; format: ReportFormat } | null {
  const m = /^(\d{4})\.([a-z]+)$/.exec(file);
  if (!m || !isReportFormat(m[2])) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  return { year, format: m[2] };
}

export type RenderedReport = { body: Uint8Array<ArrayBuffer>; contentType: string; fileName: string };

export async function renderReport(doc: ReportDocument, format: ReportFormat): Promise<RenderedReport> {
  const images = format === "docx" || format === "pdf" ? await loadActionImages(doc) : NO_IMAGES;
  const body =
    format === "docx"
      ? await renderDocx(doc, images)
      : format === "pdf"
        ? await renderPdf(doc, images)
        : new TextEncoder().encode(format === "md" ? renderMarkdown(doc) : renderCsv(doc));
  return {
    body: new Uint8Array(body),
    contentType: REPORT_FORMATS[format].contentType,
    fileName: reportFileName(doc, format),
  };
}

/** The headers of a download: type, attachment with an ASCII and a UTF-8 file name, no caching. */
export function downloadHeaders(report: RenderedReport, cache: "private" | "public" = "private"): Headers {
  const ascii = report.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return new Headers({
    "Content-Type": report.contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(report.fileName)}`,
    "Content-Length": String(report.body.byteLength),
    "Cache-Control": cache === "public" ? "public, max-age=300" : "private, no-store",
    "X-Content-Type-Options": "nosniff",
  });
}
