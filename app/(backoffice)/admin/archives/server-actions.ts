"use server";
/** Restoring from the archives: an archived organisation, formation or PFT, or a deleted funding line or meeting. */
import { z } from "zod";
import { serverAction } from "@/lib/server-action";
import { recordId } from "@/lib/server-action/inputs";
import { changeOrganisationPublication } from "@/lib/organisations/mutations";
import { changeFormationPublication } from "@/lib/formations/mutations";
import { changePlatformPublication } from "@/lib/platforms/mutations";
import { restoreDeletedRecord } from "@/lib/audit/restore";

const RESTORERS = {
  organisation: changeOrganisationPublication,
  formation: changeFormationPublication,
  platform: changePlatformPublication,
} as const;
const RESTORABLE = Object.keys(RESTORERS) as (keyof typeof RESTORERS)[];

export const restoreDirectoryItemServerAction = serverAction({
  input: z.object({
    type: z.enum(RESTORABLE as [keyof typeof RESTORERS], { error: "Type d’élément inconnu." }),
    id: recordId,
  }),
  run: ({ type, id }, user) => RESTORERS[type](user, id, "restore"),
  done: ({ id }) => ({ redirect: `/admin/archives?restauree=${id}` }),
});

export const restoreDeletedServerAction = serverAction({
  input: z.object({ auditId: recordId }),
  run: ({ auditId }, user) => restoreDeletedRecord(user, auditId),
  done: ({ id }) => ({ redirect: `/admin/archives?restauree=${id}` }),
});
