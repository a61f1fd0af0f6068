import "server-only";
/**
 * The coordinator's organisation directory: create, edit, validate a
 * proposal (publish), unpublish, archive and restore. Proposals by DOs are
 * made from the action form (lib/actions/mutations.ts).
 */
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/log";
import { slugify } from "@/lib/text/fold";
import { fieldErrorsOf, type FieldErrors } from "@/lib/forms/state";
import { PUBLICATION_TRANSITIONS, publicationData, type PublicationOperation } from "@/lib/forms/publication";
import { organisationSchema, type OrganisationInput } from "./schema";

export type DirectoryResult =
  | { ok: true; id: string }
  | { ok: false; reason: "forbidden" | "not_found" }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors };

export const FORBIDDEN = { ok: false, reason: "forbidden" } as const;
export const NOT_FOUND = { ok: false, reason: "not_found" } as const;
export const invalid = (fieldErrors: FieldErrors) => ({ ok: false, reason: "invalid", fieldErrors }) as const;

/** A key/slug not used yet by `model`, derived from `base`. */
export async function uniqueKey(
  exists: (candidate: string) => Promise<boolean>,
  base: string,
): Promise<string> {
  const root = slugify(base, 70) || "element";
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await exists(candidate))) return candidate;
  }
  return `${root}-${Date.now().toString(36)}`;
}

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

export async function createOrganisation(user: SessionUser, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = organisationSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      if (input.slug && (await slugTaken(tx, input.slug, null)))
        return invalid({ slug: "Cette adresse est déjà celle d'une autre organisation." });
      const duplicate = await tx.organisation.findFirst({
        where: { name: { equals: input.name, mode: "insensitive" } },
        select: { id: true },
      });
      if (duplicate) return invalid({ name: "Une organisation porte déjà ce nom dans l'annuaire." });
      const key = await uniqueKey(
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
      await recordAudit(tx, {
        actor: user,
        campusId: null,
        entityType: "organisation",
        entityId: org.id,
        operation: "create",
        summary: `Organisation « ${org.name} » créée`,
        after: org,
      });
      return { ok: true, id: org.id } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return invalid({ slug: "Cette adresse est déjà celle d'une autre organisation." });
    throw error;
  }
}

export async function updateOrganisation(
  user: SessionUser,
  id: string,
  raw: unknown,
): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = organisationSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id } });
    if (!before) return NOT_FOUND;
    if (input.slug && input.slug !== before.slug && (await slugTaken(tx, input.slug, id)))
      return invalid({ slug: "Cette adresse est déjà celle d'une autre organisation." });
    const after = await tx.organisation.update({
      where: { id },
      data: { ...data(input), slug: input.slug || before.slug },
    });
    await recordAudit(tx, {
      actor: user,
      campusId: null,
      entityType: "organisation",
      entityId: id,
      operation: "update",
      summary: `Organisation « ${after.name} » modifiée`,
      before,
      after,
    });
    return { ok: true, id } as const;
  });
}

/** Validate (publish) a proposal, unpublish, archive or restore. */
export async function changeOrganisationPublication(
  user: SessionUser,
  id: string,
  operation: PublicationOperation,
): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const t = PUBLICATION_TRANSITIONS[operation];
  if (!t) return invalid({ _form: "Opération inconnue." });
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id } });
    if (!before) return NOT_FOUND;
    if (!t.from.includes(before.publication)) return invalid({ _form: t.refused });
    const after = await tx.organisation.update({ where: { id }, data: publicationData(operation) });
    await recordAudit(tx, {
      actor: user,
      campusId: null,
      entityType: "organisation",
      entityId: id,
      operation: operation === "publish" && before.publication === "DRAFT" ? "validate" : operation,
      summary: `Organisation « ${after.name} » ${OPERATION_WORDS[operation]}`,
      before,
      after,
    });
    return { ok: true, id } as const;
  });
}
