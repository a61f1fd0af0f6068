import "server-only";
/** The coordinator edits the campuses: presentation and contacts, axes, roles and social links. */
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { deleteRecord, writeDirectory, type Saved } from "@/lib/directory/write";
import { invalid, notFound } from "@/lib/result";
import { axisSchema, campusSchema, roleSchema, socialLinkSchema } from "./schema";
import { availableSlug } from "@/lib/text/fold";
import { formatCount, plural } from "@/lib/text/plural";

async function campusBySlug(tx: Tx, slug: string) {
  return typeof slug === "string" && slug.length <= 20 ? tx.campus.findUnique({ where: { slug } }) : null;
}

export function updateCampus(user: SessionUser, slug: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const before = await campusBySlug(tx, slug);
      if (!before) return notFound();
      const after = await tx.campus.update({ where: { id: before.id }, data: input });
      await audit({
        campusId: before.id,
        entityType: "campus",
        entityId: before.id,
        operation: "update",
        summary: `Campus ${after.acronym} : présentation et contacts modifiés`,
        before,
        after,
      });
      return { ok: true, id: before.id } as const;
    },
    { schema: campusSchema, raw },
  );
}

export function createAxis(user: SessionUser, slug: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const campus = await campusBySlug(tx, slug);
      if (!campus) return notFound();
      const key = await availableSlug(
        async (k) =>
          !!(await tx.campusAxis.findUnique({ where: { campusId_key: { campusId: campus.id, key: k } } })),
        input.title,
      );
      const position = (await tx.campusAxis.count({ where: { campusId: campus.id } })) + 1;
      const axis = await tx.campusAxis.create({ data: { ...input, key, position, campusId: campus.id } });
      await audit({
        campusId: campus.id,
        entityType: "campus",
        entityId: campus.id,
        operation: "create",
        summary: `Campus ${campus.acronym} : axe « ${axis.title} » ajouté`,
        after: axis,
      });
      return { ok: true, id: axis.id } as const;
    },
    { schema: axisSchema, raw },
  );
}

export function updateAxis(user: SessionUser, axisId: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const before = await tx.campusAxis.findUnique({
        where: { id: axisId },
        include: { campus: { select: { acronym: true } } },
      });
      if (!before) return notFound();
      const after = await tx.campusAxis.update({ where: { id: axisId }, data: input });
      await audit({
        campusId: before.campusId,
        entityType: "campus",
        entityId: before.campusId,
        operation: "update",
        summary: `Campus ${before.campus.acronym} : axe « ${after.title} » modifié`,
        before,
        after,
      });
      return { ok: true, id: axisId } as const;
    },
    { schema: axisSchema, raw },
  );
}

/** Removes an axis; the actions attached to it keep their campus, without an axis. */
export function deleteAxis(user: SessionUser, axisId: string): Promise<Saved> {
  return deleteRecord(user, axisId, {
    entityType: "campus",
    find: (tx, id) =>
      tx.campusAxis.findUnique({
        where: { id },
        include: { campus: { select: { acronym: true } }, actions: { select: { actionId: true } } },
      }),
    remove: (tx, id) => tx.campusAxis.delete({ where: { id } }),
    describe: (axis) => ({
      campusId: axis.campusId,
      entityId: axis.campusId,
      summary: `Campus ${axis.campus.acronym} : axe « ${axis.title} » retiré (${formatCount(axis.actions.length, plural("action"))} sans axe)`,
    }),
  });
}

async function organisationMissing(tx: Tx, organisationId: string | null) {
  return !!organisationId && !(await tx.organisation.count({ where: { id: organisationId } }));
}

const ORGANISATION_MISSING = { organisationId: "Cette organisation n'est pas dans l'annuaire." };
const person = (role: { personName: string | null }) => (role.personName ? ` (${role.personName})` : "");

export function createRole(user: SessionUser, slug: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const campus = await campusBySlug(tx, slug);
      if (!campus) return notFound();
      if (await organisationMissing(tx, input.organisationId)) return invalid(ORGANISATION_MISSING);
      const key = await availableSlug(
        async (k) => !!(await tx.roleAssignment.findUnique({ where: { key: k } })),
        `${campus.slug}-${input.role.toLowerCase()}`,
      );
      const role = await tx.roleAssignment.create({ data: { ...input, key, campusId: campus.id } });
      await audit({
        campusId: campus.id,
        entityType: "campus",
        entityId: campus.id,
        operation: "create",
        summary: `Campus ${campus.acronym} : fonction ajoutée${person(role)}`,
        after: role,
      });
      return { ok: true, id: role.id } as const;
    },
    { schema: roleSchema, raw },
  );
}

/** A campus role of the directory (regional roles, without a campus, are not edited here). */
async function campusRole(tx: Tx, roleId: string) {
  const role = await tx.roleAssignment.findUnique({ where: { id: roleId } });
  return role?.campusId ? { ...role, campusId: role.campusId } : null;
}

export function updateRole(user: SessionUser, roleId: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const before = await campusRole(tx, roleId);
      if (!before) return notFound();
      if (await organisationMissing(tx, input.organisationId)) return invalid(ORGANISATION_MISSING);
      const after = await tx.roleAssignment.update({ where: { id: roleId }, data: input });
      await audit({
        campusId: before.campusId,
        entityType: "campus",
        entityId: before.campusId,
        operation: "update",
        summary: `Fonction modifiée${person(after)}`,
        before,
        after,
      });
      return { ok: true, id: roleId } as const;
    },
    { schema: roleSchema, raw },
  );
}

export function deleteRole(user: SessionUser, roleId: string): Promise<Saved> {
  return deleteRecord(user, roleId, {
    entityType: "campus",
    find: campusRole,
    remove: (tx, id) => tx.roleAssignment.delete({ where: { id } }),
    describe: (role) => ({
      campusId: role.campusId,
      entityId: role.campusId,
      summary: `Fonction retirée${person(role)}`,
    }),
  });
}

/** Sets the address of one network for a campus (one link per network). */
export function saveSocialLink(user: SessionUser, slug: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const campus = await campusBySlug(tx, slug);
      if (!campus) return notFound();
      const where = { campusId_network: { campusId: campus.id, network: input.network } };
      const before = await tx.campusSocialLink.findUnique({ where });
      const after = await tx.campusSocialLink.upsert({
        where,
        create: {
          ...input,
          campusId: campus.id,
          position: await tx.campusSocialLink.count({ where: { campusId: campus.id } }),
        },
        update: { url: input.url },
      });
      await audit({
        campusId: campus.id,
        entityType: "campus",
        entityId: campus.id,
        operation: before ? "update" : "create",
        summary: `Campus ${campus.acronym} : lien ${after.network.toLowerCase()} enregistré`,
        before,
        after,
      });
      return { ok: true, id: after.id } as const;
    },
    { schema: socialLinkSchema, raw },
  );
}

export function deleteSocialLink(user: SessionUser, linkId: string): Promise<Saved> {
  return deleteRecord(user, linkId, {
    entityType: "campus",
    find: (tx, id) => tx.campusSocialLink.findUnique({ where: { id } }),
    remove: (tx, id) => tx.campusSocialLink.delete({ where: { id } }),
    describe: (link) => ({
      campusId: link.campusId,
      entityId: link.campusId,
      summary: `Lien ${link.network.toLowerCase()} retiré`,
    }),
  });
}
