import "server-only";
/**
 * The coordinator's funding records. A deletion keeps the full record in the
 * audit log, from which the archives page restores it (same id).
 */
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { deleteRecord, writeDirectory, type Saved } from "@/lib/directory/write";
import { invalid, notFound, type FieldErrors } from "@/lib/result";
import { fundingSchema, type FundingInput } from "./schema";
import { availableSlug } from "@/lib/text/fold";

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

export function createFunding(user: SessionUser, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const errors = await checkReferences(tx, input);
      if (Object.keys(errors).length) return invalid(errors);
      const key = await availableSlug(
        async (k) => !!(await tx.funding.findUnique({ where: { key: k }, select: { id: true } })),
        `financement-${input.startYear}-${input.purpose}`,
      );
      const f = await tx.funding.create({ data: { ...input, key } });
      await audit({
        campusId: f.campusId,
        entityType: "funding",
        entityId: f.id,
        operation: "create",
        summary: `Financement « ${f.purpose} » créé`,
        after: f,
      });
      return { ok: true, id: f.id } as const;
    },
    { schema: fundingSchema, raw },
  );
}

export function updateFunding(user: SessionUser, id: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const before = await tx.funding.findUnique({ where: { id } });
      if (!before) return notFound();
      const errors = await checkReferences(tx, input);
      if (Object.keys(errors).length) return invalid(errors);
      const after = await tx.funding.update({ where: { id }, data: input });
      await audit({
        campusId: after.campusId,
        entityType: "funding",
        entityId: id,
        operation: "update",
        summary: `Financement « ${after.purpose} » modifié`,
        before,
        after,
      });
      return { ok: true, id } as const;
    },
    { schema: fundingSchema, raw },
  );
}

export function deleteFunding(user: SessionUser, id: string): Promise<Saved> {
  return deleteRecord(user, id, {
    entityType: "funding",
    find: (tx, id) => tx.funding.findUnique({ where: { id } }),
    remove: (tx, id) => tx.funding.delete({ where: { id } }),
    describe: (f) => ({
      campusId: f.campusId,
      entityId: f.id,
      summary: `Financement « ${f.purpose} » supprimé (restaurable depuis les archives)`,
    }),
  });
}
