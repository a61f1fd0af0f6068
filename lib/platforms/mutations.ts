import "server-only";
/** The coordinator's plateformes technologiques: create, edit, publish/unpublish, archive, restore. */
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/log";
import { fieldErrorsOf, type FieldErrors } from "@/lib/forms/state";
import { PUBLICATION_TRANSITIONS, publicationData, type PublicationOperation } from "@/lib/forms/publication";
import {
  FORBIDDEN,
  invalid,
  NOT_FOUND,
  uniqueKey,
  type DirectoryResult,
} from "@/lib/organisations/mutations";
import { platformSchema, type PlatformInput } from "./schema";

const include = { campuses: { select: { campusId: true }, orderBy: { campusId: "asc" } } } as const;

async function checkReferences(tx: Tx, input: PlatformInput, id: string | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if ((await tx.campus.count({ where: { id: { in: input.campusIds } } })) !== new Set(input.campusIds).size)
    errors.campusIds = "Un campus choisi n'existe pas.";
  if (input.hostId && !(await tx.organisation.count({ where: { id: input.hostId } })))
    errors.hostId = "Cet établissement n'est pas dans l'annuaire.";
  if (
    input.slug &&
    (await tx.platform.findFirst({
      where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) },
      select: { id: true },
    }))
  )
    errors.slug = "Cette adresse est déjà celle d'une autre plateforme.";
  return errors;
}

function columns(input: PlatformInput) {
  const { campusIds: _c, slug: _s, ...rest } = input;
  return rest;
}

export async function createPlatform(user: SessionUser, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = platformSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const errors = await checkReferences(tx, input, null);
    if (Object.keys(errors).length) return invalid(errors);
    const key = await uniqueKey(
      async (k) =>
        !!(await tx.platform.findFirst({ where: { OR: [{ key: k }, { slug: k }] }, select: { id: true } })),
      input.slug || input.acronym || input.name,
    );
    const p = await tx.platform.create({
      data: {
        ...columns(input),
        key,
        slug: input.slug || key,
        publication: "PUBLISHED",
        campuses: { create: [...new Set(input.campusIds)].map((campusId) => ({ campusId })) },
      },
      include,
    });
    await recordAudit(tx, {
      actor: user,
      campusId: input.campusIds[0] ?? null,
      entityType: "platform",
      entityId: p.id,
      operation: "create",
      summary: `Plateforme « ${p.name} » créée`,
      after: p,
    });
    return { ok: true, id: p.id } as const;
  });
}

export async function updatePlatform(user: SessionUser, id: string, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = platformSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.platform.findUnique({ where: { id }, include });
    if (!before) return NOT_FOUND;
    const errors = await checkReferences(tx, input, id);
    if (Object.keys(errors).length) return invalid(errors);
    await tx.platformCampus.deleteMany({ where: { platformId: id } });
    const after = await tx.platform.update({
      where: { id },
      data: {
        ...columns(input),
        slug: input.slug || before.slug,
        campuses: { create: [...new Set(input.campusIds)].map((campusId) => ({ campusId })) },
      },
      include,
    });
    await recordAudit(tx, {
      actor: user,
      campusId: input.campusIds[0] ?? null,
      entityType: "platform",
      entityId: id,
      operation: "update",
      summary: `Plateforme « ${after.name} » modifiée`,
      before,
      after,
    });
    return { ok: true, id } as const;
  });
}

const WORDS: Record<PublicationOperation, string> = {
  publish: "publiée",
  unpublish: "retirée de la publication",
  archive: "archivée",
  restore: "restaurée (brouillon)",
};

export async function changePlatformPublication(
  user: SessionUser,
  id: string,
  operation: PublicationOperation,
): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const t = PUBLICATION_TRANSITIONS[operation];
  if (!t) return invalid({ _form: "Opération inconnue." });
  return db.$transaction(async (tx) => {
    const before = await tx.platform.findUnique({ where: { id }, include });
    if (!before) return NOT_FOUND;
    if (!t.from.includes(before.publication)) return invalid({ _form: t.refused });
    const after = await tx.platform.update({ where: { id }, data: publicationData(operation), include });
    await recordAudit(tx, {
      actor: user,
      campusId: before.campuses[0]?.campusId ?? null,
      entityType: "platform",
      entityId: id,
      operation,
      summary: `Plateforme « ${after.name} » ${WORDS[operation]}`,
      before,
      after,
    });
    return { ok: true, id } as const;
  });
}
