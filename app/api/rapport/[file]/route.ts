/**
 * GET /api/rapport/<year>.<docx|pdf|md|csv>[?campus=<slug>] — the annual
 * report for a signed-in user. Who gets what is decided in lib/report
 * (coordinator: the region or any campus; DO: only their own campus;
 * anonymous: 401); this handler only translates the answer to HTTP. A
 * working draft is rendered on demand, one rendering at a time per process
 * (429 « Une génération est déjà en cours… » otherwise).
 */
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { downloadHeaders, parseReportFileName, storedFileResponse } from "@/lib/report/export";
import { getReportExport } from "@/lib/report/queries";

const refuse = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...(status === 429 ? { "Retry-After": "5" } : {}),
    },
  });

export async function GET(request: NextRequest, { params }: RouteContext<"/api/rapport/[file]">) {
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Connexion requise pour télécharger ce rapport.");
  const requested = parseReportFileName((await params).file);
  if (!requested)
    return refuse(404, "Rapport introuvable\u00A0: demandez /api/rapport/<année>.pdf, .docx, .md ou .csv.");
  const result = await getReportExport(user, {
    ...requested,
    campus: request.nextUrl.searchParams.get("campus"),
  });
  if (!result.ok) return refuse(result.status, result.message);
  if ("sha256" in result.file) {
    // A validated edition's published file: served as stored, but never cached by a shared cache here.
    const response = storedFileResponse(request, result.file);
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  }
  return new Response(result.file.body, { headers: downloadHeaders(result.file, "private") });
}
