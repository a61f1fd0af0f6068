import "server-only";
/** The coordinator edits the campuses: presentation and contacts, axes, roles and social links. */
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/log";
import { fieldErrorsOf } from "@/lib/forms/state";
import {
  FORBIDDEN,
  invalid,
  NOT_FOUND,
  uniqueKey,
  type DirectoryResult,
} from "@/lib/organisations/mutations";
import { axisSchema, campusSchema, roleSchema, socialLinkSchema } from "./schema";

async function campusBySlug(tx: Tx, slug: string) {
  return typeof slug === "string" && slug.length <= 20 ? tx.campus.findUnique({ where: { slug } }) : null;
}

export async function updateCampus(user: SessionUser, slug: string, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = campusSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return db.$transaction(async (tx) => {
    const before = await campusBySlug(tx, slug);
    if (!before) return NOT_FOUND;
    const after = await tx.campus.update({ where: { id: before.id }, data: parsed.data });
    await recordAudit(tx, {
      actor: user,
      campusId: before.id,
      entityType: "campus",
      entityId: before.id,
      operation: "update",
      summary: `Campus ${after.acronym} : présentation et contacts modifiés`,
      before,
      after,
    });
    return { ok: true, id: before.id } as const;
  });
}

export async function createAxis(user: SessionUser, slug: string, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = axisSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return db.$transaction(async (tx) => {
    const campus = await campusBySlug(tx, slug);
    if (!campus) return NOT_FOUND;
    const key = await uniqueKey(
      async (k) =>
        !!(await tx.campusAxis.findUnique({ where: { campusId_key: { campusId: campus.id, key: k } } })),
      parsed.data.title,
    );
    const position = (await tx.campusAxis.count({ where: { campusId: campus.id } })) + 1;
    const axis = await tx.campusAxis.create({ data: { ...parsed.data, key, position, campusId: campus.id } });
    await recordAudit(tx, {
      actor: user,
      campusId: campus.id,
      entityType: "campus",
      entityId: campus.id,
      operation: "create",
      summary: `Campus ${campus.acronym} : axe « ${axis.title} » ajouté`,
      after: axis,
    });
    return { ok: true, id: axis.id } as const;
  });
}

export async function updateAxis(user: SessionUser, axisId: string, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = axisSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return db.$transaction(async (tx) => {
    const before = await tx.campusAxis.findUnique({
      where: { id: axisId },
      include: { campus: { select: { acronym: true } } },
    });
    if (!before) return NOT_FOUND;
    const after = await tx.campusAxis.update({ where: { id: axisId }, data: parsed.data });
    await recordAudit(tx, {
      actor: user,
      campusId: before.campusId,
      entityType: "campus",
      entityId: before.campusId,
      operation: "update",
      summary: `Campus ${before.campus.acronym} : axe « ${after.title} » modifié`,
      before,
      after,
    });
    return { ok: true, id: axisId } as const;
  });
}

/** Removes an axis; the actions attached to it keep their campus, without an axis. */
export async function deleteAxis(user: SessionUser, axisId: string): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  return db.$transaction(async (tx) => {
    const before = await tx.campusAxis.findUnique({
      where: { id: axisId },
      include: { campus: { select: { acronym: true } }, actions: { select: { actionId: true } } },
    });
    if (!before) return NOT_FOUND;
    await tx.campusAxis.delete({ where: { id: axisId } });
    await recordAudit(tx, {
      actor: user,
      campusId: before.campusId,
      entityType: "campus",
      entityId: before.campusId,
      operation: "delete",
      summary: `Campus ${before.campus.acronym} : axe « ${before.title} » retiré (${before.actions.length} action(s) sans axe)`,
      before,
    });
    return { ok: true, id: axisId } as const;
  });
}

export async function createRole(user: SessionUser, slug: string, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = roleSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return db.$transaction(async (tx) => {
    const campus = await campusBySlug(tx, slug);
    if (!campus) return NOT_FOUND;
    if (
      parsed.data.organisationId &&
      !(await tx.organisation.count({ where: { id: parsed.data.organisationId } }))
    )
      return invalid({ organisationId: "Cette organisation n'est pas dans l'annuaire." });
    const key = await uniqueKey(
      async (k) => !!(await tx.roleAssignment.findUnique({ where: { key: k } })),
      `${campus.slug}-${parsed.data.role.toLowerCase()}`,
    );
    const role = await tx.roleAssignment.create({ data: { ...parsed.data, key, campusId: campus.id } });
    await recordAudit(tx, {
      actor: user,
      campusId: campus.id,
      entityType: "campus",
      entityId: campus.id,
      operation: "create",
      summary: `Campus ${campus.acronym} : fonction ajoutée${role.personName ? ` (${role.personName})` : ""}`,
      after: role,
    });
    return { ok: true, id: role.id } as const;
  });
}

export async function updateRole(user: SessionUser, roleId: string, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = roleSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return db.$transaction(async (tx) => {
    const before = await tx.roleAssignment.findUnique({ where: { id: roleId } });
    if (!before || !before.campusId) return NOT_FOUND;
    if (
      parsed.data.organisationId &&
      !(await tx.organisation.count({ where: { id: parsed.data.organisationId } }))
    )
      return invalid({ organisationId: "Cette organisation n'est pas dans l'annuaire." });
    const after = await tx.roleAssignment.update({ where: { id: roleId }, data: parsed.data });
    await recordAudit(tx, {
      actor: user,
      campusId: before.campusId,
      entityType: "campus",
      entityId: before.campusId,
      operation: "update",
      summary: `Fonction modifiée${after.personName ? ` (${after.personName})` : ""}`,
      before,
      after,
    });
    return { ok: true, id: roleId } as const;
  });
}

export async function deleteRole(user: SessionUser, roleId: string): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  return db.$transaction(async (tx) => {
    const before = await tx.roleAssignment.findUnique({ where: { id: roleId } });
    if (!before || !before.campusId) return NOT_FOUND;
    await tx.roleAssignment.delete({ where: { id: roleId } });
    await recordAudit(tx, {
      actor: user,
      campusId: before.campusId,
      entityType: "campus",
      entityId: before.campusId,
      operation: "delete",
      summary: `Fonction retirée${before.personName ? ` (${before.personName})` : ""}`,
      before,
    });
    return { ok: true, id: roleId } as const;
  });
}

/** Sets the address of one network for a campus (one link per network). */
export async function saveSocialLink(
  user: SessionUser,
  slug: string,
  raw: unknown,
): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = socialLinkSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return db.$transaction(async (tx) => {
    const campus = await campusBySlug(tx, slug);
    if (!campus) return NOT_FOUND;
    const where = { campusId_network: { campusId: campus.id, network: parsed.data.network } };
    const before = await tx.campusSocialLink.findUnique({ where });
    const after = await tx.campusSocialLink.upsert({
      where,
      create: {
        ...parsed.data,
        campusId: campus.id,
        position: await tx.campusSocialLink.count({ where: { campusId: campus.id } }),
      },
      update: { url: parsed.data.url },
    });
    await recordAudit(tx, {
      actor: user,
      campusId: campus.id,
      entityType: "campus",
      entityId: campus.id,
      operation: before ? "update" : "create",
      summary: `Campus ${campus.acronym} : lien ${after.network.toLowerCase()} enregistré`,
      before,
      after,
    });
    return { ok: true, id: after.id } as const;
  });
}

export async function deleteSocialLink(user: SessionUser, linkId: string): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  return db.$transaction(async (tx) => {
    const before = await tx.campusSocialLink.findUnique({ where: { id: linkId } });
    if (!before) return NOT_FOUND;
    await tx.campusSocialLink.delete({ where: { id: linkId } });
    await recordAudit(tx, {
      actor: user,
      campusId: before.campusId,
      entityType: "campus",
      entityId: before.campusId,
      operation: "delete",
      summary: `Lien ${before.network.toLowerCase()} retiré`,
      before,
    });
    return { ok: true, id: linkId } as const;
  });
}
