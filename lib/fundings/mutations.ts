import "server-only";
/**
 * The coordinator's funding records. A deletion keeps the full record in the
 * audit log, from which the archives page restores it (same id).
 */
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { Funding } from "@/lib/generated/prisma/client";
import {
  createRecord,
  deleteDirectoryRecord,
  updateRecord,
  type DirectoryRecords,
} from "@/lib/directory/records";
import type { FieldErrors } from "@/lib/result";
import { fundingSchema, type FundingInput } from "./schema";

async function checkReferences(tx: Tx, f: FundingInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (!(await tx.organisation.count({ where: { id: f.funderId } })))
    errors.funderId = "Ce financeur n'est pas dans l'annuaire.";
  if (f.campusId && !(await tx.campus.count({ where: { id: f.campusId } })))
    errors.campusId = "Ce campus n'existe pas.";
  if (f.platformId && !(await tx.platform.count({ where: { id: f.platformId } })))
    errors.platformId = "Cette plateforme n'existe pas.";
  if (f.actionId && !(await tx.action.count({ where: { id: f.actionId } })))
    errors.actionId = "Cette action n'existe pas.";
  return errors;
}

const fundings: DirectoryRecords<FundingInput, Funding, FundingInput> = {
  entityType: "funding",
  schema: fundingSchema,
  label: (f) => `Financement « ${f.purpose} »`,
  done: { created: "créé", updated: "modifié", deleted: "supprimé" },
  keyBase: (input) => `financement-${input.startYear}-${input.purpose}`,
  columns: (input) => input,
  checkReferences,
  model: (tx) => tx.funding,
};

export const createFunding = (user: SessionUser, raw: unknown) => createRecord(fundings, user, raw);

export const updateFunding = (user: SessionUser, id: string, raw: unknown) =>
  updateRecord(fundings, user, id, raw);

export const deleteFunding = (user: SessionUser, id: string) => deleteDirectoryRecord(fundings, user, id);
