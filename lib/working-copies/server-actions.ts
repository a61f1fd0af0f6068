"use server";
/**
 * Autosave of the back-office forms: write the author's working copy while
 * they type, or drop it ("Ignorer"). The user comes from the session and
 * lib/working-copies decides whether they may keep a copy of that record.
 * Nothing public changes: no page is re-rendered.
 */
import { z } from "zod";
import { serverAction } from "@/lib/server-action";
import { discardWorkingCopy, saveWorkingCopy } from "./mutations";

const NO_COPY = "Brouillon automatique impossible pour ce formulaire.";

export const saveWorkingCopyServerAction = serverAction({
  // The content is checked by the lib write (forms, size, access).
  input: z.object({
    form: z.string(),
    recordKey: z.string(),
    baseVersion: z.unknown(),
    content: z.unknown(),
  }),
  values: () => undefined,
  run: (input, user) => saveWorkingCopy(user, input),
  messages: { not_found: NO_COPY, forbidden: NO_COPY },
  revalidate: false,
  done: ({ savedAt }) => ({ message: "Brouillon enregistré.", data: { savedAt: savedAt.toISOString() } }),
});

export const discardWorkingCopyServerAction = serverAction({
  input: z.object({ form: z.string(), recordKey: z.string() }),
  values: () => undefined,
  run: (input, user) => discardWorkingCopy(user, input),
  revalidate: false,
  done: () => ({ message: "Brouillon supprimé." }),
});
