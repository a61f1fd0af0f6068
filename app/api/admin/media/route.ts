/**
 * POST /api/admin/media — upload an image, a PDF or a logo (multipart form:
 * `file` and the fields of lib/media/schema.ts). Sent by the back office's
 * upload forms with XMLHttpRequest, for their progress bar. Answers 201
 * with the id, or 400 with the French message of each refused field.
 */
import { authenticate, jsonError } from "@/lib/auth/route-guard";
import { uploadMedia } from "@/lib/media/mutations";

export async function POST(request: Request) {
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  const form = await request.formData().catch(() => null);
  if (!form) return jsonError(400, "Formulaire d’envoi attendu (multipart/form-data).");
  const upload = form.get("file");
  const file = upload instanceof File && upload.size > 0 ? new Uint8Array(await upload.arrayBuffer()) : null;
  const fields = Object.fromEntries(
    [...form.entries()].filter(([name, value]) => name !== "file" && typeof value === "string"),
  );
  const result = await uploadMedia(auth.user, fields, file);
  const noStore = { "Cache-Control": "no-store" };
  if (result.ok) return Response.json({ id: result.id }, { status: 201, headers: noStore });
  if (result.reason === "invalid")
    return Response.json(
      { error: "Le fichier n’a pas été ajouté.", fieldErrors: result.fieldErrors },
      { status: 400, headers: noStore },
    );
  if (result.reason === "forbidden") return jsonError(403, "Accès refusé.");
  return jsonError(404, "Introuvable.");
}
