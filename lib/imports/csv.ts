/**
 * Reading the CSV files of the coordinator's imports: semicolon (French
 * spreadsheets) or comma separated, UTF-8 with or without BOM, a header
 * line whose names are matched without case or accents.
 */
import { parse } from "csv-parse/sync";
import { foldText } from "@/lib/text/fold";

export const MAX_IMPORT_BYTES = 900_000;
export const MAX_IMPORT_ROWS = 5_000;

export type CsvTable = { headers: string[]; rows: { line: number; cells: Record<string, string> }[] };

/** "Intitulé de la formation" → "intitule de la formation". */
export function normaliseHeader(h: string): string {
  return foldText(h)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function detectDelimiter(firstLine: string): string {
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ";";
}

export class CsvError extends Error {}

export function readCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  if (!firstLine.trim()) throw new CsvError("Le fichier est vide.");
  let records: string[][];
  try {
    records = parse(clean, {
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    throw new CsvError(
      `Le fichier n'est pas un CSV lisible (${error instanceof Error ? error.message.split("\n")[0] : "format inconnu"}).`,
    );
  }
  const [header, ...data] = records;
  if (!header) throw new CsvError("Le fichier est vide.");
  if (data.length > MAX_IMPORT_ROWS)
    throw new CsvError(`Le fichier compte ${data.length} lignes : ${MAX_IMPORT_ROWS} au plus par import.`);
  const headers = header.map(normaliseHeader);
  return {
    headers,
    rows: data.map((cells, i) => ({
      line: i + 2,
      cells: Object.fromEntries(headers.map((h, j) => [h, (cells[j] ?? "").trim()])),
    })),
  };
}

/** The value of the first of these column names present in the row. */
export function cell(cells: Record<string, string>, ...names: string[]): string {
  for (const n of names) {
    const v = cells[normaliseHeader(n)];
    if (v !== undefined) return v;
  }
  return "";
}

/** Matches a typed value against enum codes and their French labels ("Bac pro", "BAC_PRO"). */
export function matchEnum<T extends string>(value: string, labels: Record<T, string>): T | null {
  const v = normaliseHeader(value);
  if (!v) return null;
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (normaliseHeader(code) === v || normaliseHeader(label) === v) return code;
  }
  return null;
}

export function splitList(value: string): string[] {
  return value
    .split(/[|,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
