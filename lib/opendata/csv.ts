/**
 * CSV as spreadsheets read it: UTF-8 with a byte order mark (so Excel shows
 * accents), comma-separated, CRLF line ends, fields quoted when they contain
 * a comma, a quote or a line break (RFC 4180).
 */
import { neutraliseFormula } from "@/lib/text/spreadsheet";
import type { CsvColumn, CsvValue } from "./collections";

export const CSV_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "string"
      ? neutraliseFormula(value)
      : typeof value === "boolean"
        ? value
          ? "oui"
          : "non"
        : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: CsvValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function csvHeader<T>(columns: CsvColumn<T>[]): string {
  return CSV_BOM + csvLine(columns.map((c) => c.header));
}

export function csvRows<T>(columns: CsvColumn<T>[], items: T[]): string {
  return items.map((item) => csvLine(columns.map((c) => c.value(item)))).join("");
}

/** A ReadableStream of UTF-8 bytes pulled from an async source of text chunks. */
export function textStream(chunks: () => AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<string> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      iterator ??= chunks();
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}
