/**
 * The four export formats of the report and how each is served.
 */
import { loadActionImages, NO_IMAGES, withCoverLogos } from "./action-images";
import { reportFileName } from "./layout";
import { renderCsv } from "./render-csv";
import { renderDocx, type DocxOptions } from "./render-docx";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";
import type { ReportImageReader } from "@/lib/media/report-images";
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

/**
 * `client`: where the images and logos are read (the app's database unless told; the benchmark has its own).
 * `docx`: how a DOCX is rendered (a stored file writes its contents' page numbers).
 */
export async function renderReport(
  source: ReportDocument,
  format: ReportFormat,
  client?: ReportImageReader,
  docx: DocxOptions = {},
): Promise<RenderedReport> {
  const withImages = format === "docx" || format === "pdf";
  const doc = withImages ? await withCoverLogos(source, client) : source;
  const images = withImages ? await loadActionImages(doc, client) : NO_IMAGES;
  const body =
    format === "docx"
      ? await renderDocx(doc, images, docx)
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

/** Is this file unchanged for a client holding `ifNoneMatch` (an If-None-Match header)? */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === "*" || t === etag);
}

/**
 * The one byte range a Range header asks for ("bytes=0-99", "bytes=100-",
 * "bytes=-500"), "unsatisfiable", or null to send the whole file (no header,
 * several ranges, another unit).
 */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | "unsatisfiable" | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === "" && m[2] === "")) return null;
  let start: number;
  let end: number;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) return "unsatisfiable";
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return "unsatisfiable";
  return { start, end };
}

/**
 * A stored, published file as an HTTP response: strong ETag from its
 * SHA-256 (304 when the client has it), Accept-Ranges and 206 for one byte
 * range (416 when outside the file), cacheable by anyone.
 */
export function storedFileResponse(
  request: Request,
  file: RenderedReport & { sha256: string; createdAt: Date },
): Response {
  const etag = `"${file.sha256}"`;
  const headers = downloadHeaders(file, "public");
  headers.set("ETag", etag);
  headers.set("Last-Modified", file.createdAt.toUTCString());
  headers.set("Accept-Ranges", "bytes");
  if (matchesEtag(request.headers.get("if-none-match"), etag)) {
    headers.delete("Content-Length");
    return new Response(null, { status: 304, headers });
  }
  const ifRange = request.headers.get("if-range");
  const range =
    !ifRange || ifRange === etag ? parseRange(request.headers.get("range"), file.body.byteLength) : null;
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${file.body.byteLength}`);
    headers.set("Content-Length", "0");
    return new Response(null, { status: 416, headers });
  }
  if (range) {
    const part = file.body.subarray(range.start, range.end + 1);
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${file.body.byteLength}`);
    headers.set("Content-Length", String(part.byteLength));
    return new Response(part, { status: 206, headers });
  }
  return new Response(file.body, { status: 200, headers });
}
