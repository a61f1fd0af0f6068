"use server";
/** Server actions of the CSV import: a preview that writes nothing, then confirmed batches. */
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import {
  applyImportBatch,
  IMPORT_KINDS,
  previewImport,
  type BatchDone,
  type ImportKind,
} from "@/lib/imports/import";
import { MAX_IMPORT_BYTES } from "@/lib/imports/csv";
import type { PreviewState } from "@/lib/imports/form-state";
import { SESSION_EXPIRED } from "@/lib/actions/form-state";
import type { Failure } from "@/lib/result";

export async function previewImportAction(
  _previous: PreviewState,
  formData: FormData,
): Promise<PreviewState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SESSION_EXPIRED };
  const kind = String(formData.get("kind") ?? "") as ImportKind;
  if (!IMPORT_KINDS.includes(kind))
    return { status: "error", message: "Choisissez ce que vous importez : formations ou organisations." };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { status: "error", message: "Choisissez un fichier CSV." };
  if (file.size > MAX_IMPORT_BYTES)
    return {
      status: "error",
      message: `Le fichier dépasse ${Math.floor(MAX_IMPORT_BYTES / 1000)} ko : découpez-le en plusieurs imports.`,
    };
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer());
  const result = await previewImport(user, kind, text);
  if (!result.ok) return { status: "error", message: messageOf(result) };
  return { status: "ready", fileName: file.name, preview: result.preview };
}

function messageOf(failure: Failure): string {
  return failure.reason === "invalid"
    ? (failure.fieldErrors._form ?? "Import impossible.")
    : (failure.message ?? "Import impossible.");
}

export async function applyImportBatchAction(
  kind: ImportKind,
  rows: unknown,
): Promise<({ ok: true } & BatchDone) | { ok: false; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_EXPIRED };
  const result = await applyImportBatch(user, kind, rows);
  if (!result.ok) return { ok: false, message: messageOf(result) };
  revalidatePath("/admin", "layout");
  return result;
}
