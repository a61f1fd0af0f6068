"use server";
/** Server actions of the CSV import: a preview that writes nothing, then confirmed batches. */
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import {
  applyImportBatch,
  IMPORT_KINDS,
  previewImport,
  type BatchResult,
  type ImportKind,
} from "@/lib/imports/import";
import { MAX_IMPORT_BYTES } from "@/lib/imports/csv";
import type { PreviewState } from "@/lib/imports/form-state";
import { SESSION_EXPIRED } from "@/lib/actions/form-state";

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
  if (!result.ok) return { status: "error", message: result.message };
  return { status: "ready", fileName: file.name, preview: result.preview };
}

export async function applyImportBatchAction(kind: ImportKind, rows: unknown): Promise<BatchResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SESSION_EXPIRED };
  const result = await applyImportBatch(user, kind, rows);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
