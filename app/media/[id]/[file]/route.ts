/**
 * GET /media/<id>/<width>.<jpg|png> and /media/<id>/document.pdf — an
 * uploaded file, on every host (lib/site/routing.ts leaves /media/ as it
 * is): never executed (nosniff, a sandboxing CSP set by server.ts), images
 * inline and PDFs as downloads, cached for a year when public (a name's
 * bytes never change), revalidated by ETag. Deleted or unknown: 404.
 */
import { getCurrentUser } from "@/lib/auth/session";
import { findServedFile } from "@/lib/media/serve";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";

/** Answered for each request; nothing is built ahead. */
export function generateStaticParams() {
  return [{ id: PRERENDER_PLACEHOLDER, file: PRERENDER_PLACEHOLDER }];
}

const notFound = () =>
  new Response("Fichier introuvable.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

async function serve(request: Request, { params }: RouteContext<"/media/[id]/[file]">) {
  const ifNoneMatch = request.headers.get("if-none-match");
  const { id, file } = await params;
  const served = await findServedFile(id, file, getCurrentUser);
  if (!served) return notFound();
  const headers = new Headers({
    "Content-Type": served.contentType,
    "Cache-Control": served.isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
    ETag: served.etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": served.isImage ? "inline" : 'attachment; filename="document.pdf"',
    "Cross-Origin-Resource-Policy": "same-site",
  });
  if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).includes(served.etag))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(served.bytes.byteLength));
  return new Response(request.method === "HEAD" ? null : new Uint8Array(served.bytes), { headers });
}

export const GET = serve;
export const HEAD = serve;
