import "server-only";
/**
 * The coordinator's funding records. A deletion keeps the full record in the
 * audit log, from which the archives page restores it (same id).
 */
import type { SessionUser } from "@/lib/auth/types";
import type { Funding } from "@/lib/generated/prisma/client";
import {
  createRecord,
  deleteDirectoryRecord,
  updateRecord,
  type DirectoryRecords,
} from "@/lib/directory/records";
import { fundingSchema, type FundingInput } from "./schema";

const fundings: DirectoryRecords<FundingInput, Funding, FundingInput> = {
  entityType: "funding",
  schema: fundingSchema,
  label: (f) => `Financement « ${f.purpose} »`,
  done: { created: "créé", updated: "modifié", deleted: "supprimé" },
  keyBase: (input) => `financement-${input.startYear}-${input.purpose}`,
  columns: (input) => input,
  references: {
    funderId: { model: "organisation", missing: "Ce financeur n'est pas dans l'annuaire." },
    campusId: { model: "campus", missing: "Ce campus n'existe pas." },
    platformId: { model: "platform", missing: "Cette plateforme n'existe pas." },
    actionId: { model: "action", missing: "Cette action n'existe pas." },
  },
  model: (tx) => tx.funding,
};

export const createFunding = (user: SessionUser, raw: unknown) => createRecord(fundings, user, raw);

export const updateFunding = (user: SessionUser, id: string, raw: unknown) =>
  updateRecord(fundings, user, id, raw);

export const deleteFunding = (user: SessionUser, id: string) => deleteDirectoryRecord(fundings, user, id);
