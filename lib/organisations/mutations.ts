import "server-only";
/**
 * The coordinator's organisation directory: create, edit, validate a
 * proposal (publish), unpublish, archive and restore. Proposals by DOs are
 * made from the action form (lib/actions/mutations.ts).
 */
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { changePublication, writeDirectory, type Saved } from "@/lib/directory/write";
import type { PublicationOperation } from "@/lib/forms/publication";
import { invalid, notFound } from "@/lib/result";
import { organisationSchema, type OrganisationInput } from "./schema";
import { availableSlug } from "@/lib/text/fold";
import { equalsText } from "@/lib/text/like";

const SLUG_TAKEN = { slug: "Cette adresse est déjà celle d'une autre organisation." };

const OPERATION_WORDS: Record<PublicationOperation, string> = {
  publish: "validée et publiée",
  unpublish: "retirée de la publication",
  archive: "archivée",
  restore: "restaurée (brouillon)",
};

async function slugTaken(tx: Tx, slug: string, exceptId: string | null) {
  return !!(await tx.organisation.findFirst({
    where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  }));
}

function data(input: OrganisationInput) {
  const { slug: _slug, ...rest } = input;
  return rest;
}

export function createOrganisation(user: SessionUser, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      if (input.slug && (await slugTaken(tx, input.slug, null))) return invalid(SLUG_TAKEN);
      const duplicate = await tx.organisation.findFirst({
        where: { name: equalsText(input.name) },
        select: { id: true },
      });
      if (duplicate) return invalid({ name: "Une organisation porte déjà ce nom dans l'annuaire." });
      const key = await availableSlug(
        async (k) =>
          !!(await tx.organisation.findFirst({
            where: { OR: [{ key: k }, { slug: k }] },
            select: { id: true },
          })),
        input.slug || input.name,
      );
      const org = await tx.organisation.create({
        data: { ...data(input), key, slug: input.slug || key, publication: "PUBLISHED" },
      });
      await audit({
        campusId: null,
        entityType: "organisation",
        entityId: org.id,
        operation: "create",
        summary: `Organisation « ${org.name} » créée`,
        after: org,
      });
      return { ok: true, id: org.id } as const;
    },
    { schema: organisationSchema, raw, uniqueViolation: SLUG_TAKEN },
  );
}

export function updateOrganisation(user: SessionUser, id: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const before = await tx.organisation.findUnique({ where: { id } });
      if (!before) return notFound();
      if (input.slug && input.slug !== before.slug && (await slugTaken(tx, input.slug, id)))
        return invalid(SLUG_TAKEN);
      const after = await tx.organisation.update({
        where: { id },
        data: { ...data(input), slug: input.slug || before.slug },
      });
      await audit({
        campusId: null,
        entityType: "organisation",
        entityId: id,
        operation: "update",
        summary: `Organisation « ${after.name} » modifiée`,
        before,
        after,
      });
      return { ok: true, id } as const;
    },
    { schema: organisationSchema, raw },
  );
}

/** Validate (publish) a proposal, unpublish, archive or restore. */
export function changeOrganisationPublication(
  user: SessionUser,
  id: string,
  operation: PublicationOperation,
): Promise<Saved> {
  return changePublication(user, id, operation, {
    entityType: "organisation",
    find: (tx, id) => tx.organisation.findUnique({ where: { id } }),
    update: (tx, id, data) => tx.organisation.update({ where: { id }, data }),
    describe: (before, after) => ({
      campusId: null,
      summary: `Organisation « ${after.name} » ${OPERATION_WORDS[operation]}`,
      operation: operation === "publish" && before.publication === "DRAFT" ? "validate" : operation,
    }),
  });
}
