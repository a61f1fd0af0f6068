import "server-only";
/**
 * Published report files. A validated edition's files are built once —
 * the region's when the edition is validated, a campus's at its first
 * download — stored in the database with their SHA-256, and then served as
 * stored (ETag, byte ranges): an anonymous download never renders anything.
 *
 * Rendering a report takes a core for a second or more, so a process renders
 * one report at a time. Stored files wait their turn in a queue (a download
 * of a file not built yet waits for it); a working draft asked for by the
 * coordinator or a DO while a rendering is under way is refused at once with
 * a 429 and « Une génération est déjà en cours… ».
 */
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { CampusSlug } from "@/lib/site/campuses";
import { REPORT_FORMATS, renderReport, type RenderedReport, type ReportFormat } from "./export";
import { getValidatedReport } from "./queries-validated";

export type StoredReportFile = RenderedReport & { sha256: string; createdAt: Date };

export const BUSY_MESSAGE =
  "Une génération est déjà en cours sur le serveur : réessayez dans quelques secondes.";

let queue: Promise<unknown> = Promise.resolve();
let running = 0;

/** Runs `render` after every rendering queued before it, one at a time in this process. */
function enqueue<T>(render: () => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    running += 1;
    try {
      return await render();
    } finally {
      running -= 1;
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Is a rendering running or waiting in this process? */
export function isRendering(): boolean {
  return running > 0;
}

/**
 * An on-demand rendering (a draft for the back office): run now if nothing
 * else renders, else null — the caller answers 429.
 */
export async function renderIfIdle(render: () => Promise<RenderedReport>): Promise<RenderedReport | null> {
  if (running > 0) return null;
  return enqueue(render);
}

const inFlight = new Map<string, Promise<StoredReportFile | null>>();

function sha256(body: Uint8Array): string {
  return createHash("sha256").update(body).digest("hex");
}

function toStored(row: {
  body: Uint8Array;
  contentType: string;
  fileName: string;
  sha256: string;
  createdAt: Date;
}): StoredReportFile {
  return {
    body: new Uint8Array(row.body),
    contentType: row.contentType,
    fileName: row.fileName,
    sha256: row.sha256,
    createdAt: row.createdAt,
  };
}

/**
 * Builds and stores one file of a validated edition, unless it is stored
 * already. The edition must still be validated at the same instant when the
 * file is written: a file rendered from an edition reopened meanwhile is dropped.
 */
async function buildStoredFile(
  year: number,
  scope: CampusSlug | null,
  format: ReportFormat,
): Promise<StoredReportFile | null> {
  const edition = await db.reportEdition.findUnique({
    where: { year },
    select: { id: true, status: true, validatedAt: true },
  });
  if (edition?.status !== "VALIDATED" || !edition.validatedAt) return null;
  const existing = await db.reportFile.findUnique({
    where: { editionId_scope_format: { editionId: edition.id, scope: scope ?? "", format } },
  });
  if (existing) return toStored(existing);
  const doc = await getValidatedReport(year, scope);
  if (!doc) return null;
  // Built once and kept: the DOCX's contents get their page numbers (seconds of layout, paid once).
  const file = await renderReport(doc, format, undefined, { contentsPageNumbers: true });
  const hash = sha256(file.body);
  return db.$transaction(async (tx) => {
    const still = await tx.reportEdition.findUnique({ where: { year }, select: { validatedAt: true } });
    if (still?.validatedAt?.getTime() !== edition.validatedAt!.getTime()) return null;
    const row = await tx.reportFile.upsert({
      where: { editionId_scope_format: { editionId: edition.id, scope: scope ?? "", format } },
      create: {
        editionId: edition.id,
        scope: scope ?? "",
        format,
        fileName: file.fileName,
        contentType: file.contentType,
        body: file.body,
        sha256: hash,
        size: file.body.byteLength,
      },
      update: {},
    });
    return toStored(row);
  });
}

/**
 * A published file of a validated edition: the stored one, or built once
 * (in the queue; concurrent requests for the same file share that build).
 * Null when the year has no validated edition.
 */
export async function getPublishedFile(
  year: number,
  scope: CampusSlug | null,
  format: ReportFormat,
): Promise<StoredReportFile | null> {
  const edition = await db.reportEdition.findUnique({ where: { year }, select: { id: true, status: true } });
  if (edition?.status !== "VALIDATED") return null;
  const stored = await db.reportFile.findUnique({
    where: { editionId_scope_format: { editionId: edition.id, scope: scope ?? "", format } },
  });
  if (stored) return toStored(stored);
  const key = `${year}|${scope ?? ""}|${format}`;
  let build = inFlight.get(key);
  if (!build) {
    build = enqueue(() => buildStoredFile(year, scope, format)).finally(() => inFlight.delete(key));
    inFlight.set(key, build);
  }
  return build;
}

/** Builds the region's files of a just-validated edition (every format). */
export async function storeEditionFiles(year: number): Promise<number> {
  let stored = 0;
  for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[])
    if (await getPublishedFile(year, null, format)) stored += 1;
  return stored;
}
