"use server";
/** The CSV import: a preview that writes nothing, then the confirmed rows in batches. */
import { z } from "zod";
import { serverAction } from "@/lib/server-action";
import { applyImportBatch, IMPORT_KINDS, previewImport } from "@/lib/imports/import";
import { MAX_IMPORT_BYTES } from "@/lib/imports/csv";
import { formatCount, plural } from "@/lib/text/plural";

const NO_FILE = "Choisissez un fichier CSV.";

export const previewImportServerAction = serverAction({
  input: z.object({
    kind: z.enum(IMPORT_KINDS, {
      error: "Choisissez ce que vous importez\u00A0: formations ou organisations.",
    }),
    file: z
      .instanceof(File, { error: NO_FILE })
      .refine((file) => file.size > 0, { error: NO_FILE })
      .refine((file) => file.size <= MAX_IMPORT_BYTES, {
        error: `Le fichier dépasse ${Math.floor(MAX_IMPORT_BYTES / 1000)} ko\u00A0: découpez-le en plusieurs imports.`,
      }),
  }),
  run: async ({ kind, file }, user) =>
    previewImport(user, kind, new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer())),
  done: ({ preview }, { file }) => ({
    message: `Aperçu de «\u202F${file.name}\u202F»`,
    data: { fileName: file.name, preview },
  }),
});

/** One batch of the confirmed rows (sent by the page, every row validated again). */
export const applyImportBatchServerAction = serverAction({
  input: z.object({
    kind: z.enum(IMPORT_KINDS, { error: "Type d’import inconnu." }),
    rows: z.array(z.unknown()),
  }),
  run: ({ kind, rows }, user) => applyImportBatch(user, kind, rows),
  done: ({ created, updated, failed }) => ({
    message: `${formatCount(created, plural("créé"))}, ${updated} mis à jour`,
    data: { created, updated, failed },
  }),
});
