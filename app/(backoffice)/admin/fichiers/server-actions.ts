"use server";
/** Uploaded files of actions, campuses and organisations: deletion (soft). Uploads go through /api/admin/media. */
import { serverAction } from "@/lib/server-action";
import { recordRef } from "@/lib/server-action/inputs";
import { deleteMedia } from "@/lib/media/mutations";

export const deleteMediaServerAction = serverAction({
  input: recordRef,
  run: ({ id }, user) => deleteMedia(user, id),
  messages: { not_found: "Ce fichier n’existe plus ou ne vous est pas accessible." },
  done: () => ({ message: "Fichier supprimé." }),
});
