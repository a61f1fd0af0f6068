/**
 * GET /rapports/<year>.<pdf|docx|md|csv>[?campus=<slug>] — public download
 * of a validated annual report, exactly as it was frozen: the stored file,
 * built once (ETag, byte ranges). Anyone may download it; an edition that is
 * not validated does not exist here (404).
 */
import { connection, type NextRequest } from "next/server";
import { parseReportFileName, storedFileResponse } from "@/lib/report/export";
import { getPublicReportExport } from "@/lib/report/queries";

export async function GET(request: NextRequest, { params }: RouteContext<"/[site]/rapports/[file]">) {
  // Answered at request time (no static params: nothing is built ahead): the stored file,
  // its ETag and the byte range asked for.
  await connection();
  const requested = parseReportFileName((await params).file);
  const result = requested
    ? await getPublicReportExport({ ...requested, campus: request.nextUrl.searchParams.get("campus") })
    : ({ ok: false, status: 404, message: "Rapport introuvable." } as const);
  if (!result.ok) {
    return new Response(result.message, {
      status: result.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return storedFileResponse(request, result.file);
}
