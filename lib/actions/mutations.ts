import "server-only";
/**
 * Writes to actions from the back office. Every function takes the signed-in
 * user and puts the campus scope in the `where` of its reads and writes: an
 * id of another campus's action matches nothing and ends as "not_found",
 * with nothing written. Each change bumps the version, stores a full
 * revision and an audit row in the same transaction.
 */
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionKind } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/types";
import {
  campusScope,
  campusUserMustKeep,
  foreignCampusLinksChanged,
  type CampusLink,
} from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/log";
import { availableSlug } from "@/lib/text/fold";
import { fieldErrorsOf, invalid, notFound, type FieldErrors, type Result } from "@/lib/result";
import { pickableFormations, pickableOrganisations, pickablePlatforms } from "./pickable";
import { actionSnapshotInclude, readSnapshot, toSnapshot, type ActionSnapshot } from "./snapshot";
import { actionInputSchema, type ActionInput, type ActionOperation } from "./schema";
import { contentOf, inputToContent, type ActionContent } from "./form-values";
import { actionColumns, writeActionRelations } from "./store";
import { ACTION_FIELD_LABELS, ACTION_FIELDS, sameContent } from "./diff";
import { clearWorkingCopy } from "@/lib/working-copies/clear";
import { NEW_ACTION_KEY } from "@/lib/working-copies/schema";
import { equalsText } from "@/lib/text/like";

/**
 * A saved action (`changed` is false when the form held nothing new), or a
 * refusal; a conflict carries the version saved by someone else since.
 */
export type ActionSaved = Result<
  { id: string; version: number; slug: string; changed: boolean },
  { version: number; snapshot: ActionSnapshot }
>;

const NOT_FOUND = notFound();

/** Loads an action the user may manage, or null (unknown id and another campus's id look the same). */
async function findScoped(tx: Tx, user: SessionUser, id: string) {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
  return tx.action.findFirst({ where: { id, ...campusScope(user) }, include: actionSnapshotInclude });
}

function leadCampusId(s: Pick<ActionSnapshot, "campuses"> | null | undefined): string | null {
  return s?.campuses.find((c) => c.isLead)?.campusId ?? s?.campuses[0]?.campusId ?? null;
}

/** The campus an audit row is filed under: the DO's own campus, else the action's lead campus. */
function auditCampus(
  user: SessionUser,
  s: Pick<ActionSnapshot, "campuses"> | null | undefined,
): string | null {
  return campusUserMustKeep(user) ?? leadCampusId(s);
}

const FOREIGN_CAMPUS_CHANGED =
  "Les autres campus porteurs, leur axe et le chef de file ne peuvent être changés que par leur DO ou par la coordination : laissez-les tels qu'ils étaient.";

/**
 * Checks every id the input refers to, and the rules that need the database.
 * `before` holds the campus links the action has today (none for a new one).
 */
async function checkReferences(
  tx: Tx,
  user: SessionUser,
  input: ActionInput,
  actionId: string | null,
  before: readonly CampusLink[] = [],
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const campusIds = input.campuses.map((c) => c.campusId);
  const campuses = await tx.campus.findMany({
    where: { id: { in: campusIds } },
    select: { id: true, axes: { select: { id: true } } },
  });
  const known = new Map(campuses.map((c) => [c.id, new Set(c.axes.map((a) => a.id))]));
  input.campuses.forEach((c, i) => {
    if (!known.has(c.campusId)) errors.campuses ??= "Un campus choisi n'existe pas.";
    else if (c.axisId && !known.get(c.campusId)!.has(c.axisId))
      errors[`campuses.${i}.axisId`] = "Choisissez un axe de ce campus.";
  });
  const mustKeep = campusUserMustKeep(user);
  if (mustKeep && !campusIds.includes(mustKeep))
    errors.campuses ??= "Votre campus doit rester parmi les campus porteurs de l'action.";
  const after = input.campuses.map((c) => ({
    campusId: c.campusId,
    axisId: c.axisId || null,
    isLead: c.isLead,
  }));
  if (foreignCampusLinksChanged(user, before, after).length) errors.campuses ??= FOREIGN_CAMPUS_CHANGED;

  if (input.partners.length) {
    const ids = input.partners.map((p) => p.organisationId);
    const found = await tx.organisation.findMany({
      where: { id: { in: ids }, ...pickableOrganisations(user) },
      select: { id: true },
    });
    if (found.length !== new Set(ids).size)
      errors.partners ??= "Un partenaire choisi n'est plus dans l'annuaire : retirez-le.";
  }
  for (const [i, p] of input.newPartners.entries()) {
    const existing = await tx.organisation.findFirst({
      where: { name: equalsText(p.name) },
      select: { name: true },
    });
    if (existing)
      errors[`newPartners.${i}.name`] =
        `« ${existing.name} » est déjà dans l'annuaire : choisissez-la dans la liste des partenaires.`;
  }
  if (input.formationIds.length) {
    const found = await tx.formation.count({
      where: { id: { in: input.formationIds }, ...pickableFormations(user) },
    });
    if (found !== new Set(input.formationIds).size)
      errors.formationIds = "Une formation choisie n'existe plus : retirez-la.";
  }
  if (input.platformIds.length) {
    const found = await tx.platform.count({
      where: { id: { in: input.platformIds }, ...pickablePlatforms(user) },
    });
    if (found !== new Set(input.platformIds).size)
      errors.platformIds = "Une plateforme choisie n'existe plus : retirez-la.";
  }
  if (input.slug) {
    const taken = await tx.action.findFirst({
      where: { slug: input.slug, ...(actionId ? { id: { not: actionId } } : {}) },
      select: { id: true },
    });
    if (taken)
      errors.slug = "Cette adresse de page est déjà celle d'une autre action : choisissez-en une autre.";
  }
  return errors;
}

const slugTaken = (tx: Tx, actionId: string | null) => async (slug: string) =>
  !!(await tx.action.findFirst({
    where: { slug, ...(actionId ? { id: { not: actionId } } : {}) },
    select: { id: true },
  }));

/** New organisations proposed in the form: drafts until the coordinator validates them. */
async function createProposedOrganisations(
  tx: Tx,
  user: SessionUser,
  input: ActionInput,
): Promise<{ organisationId: string; role: string | null }[]> {
  const created: { organisationId: string; role: string | null }[] = [];
  for (const p of input.newPartners) {
    const key = await availableSlug(
      async (k) =>
        !!(await tx.organisation.findFirst({
          where: { OR: [{ key: k }, { slug: k }] },
          select: { id: true },
        })),
      p.name,
      { fallback: "organisation" },
    );
    const org = await tx.organisation.create({
      data: {
        key,
        slug: key,
        name: p.name,
        kind: p.kind,
        city: p.city,
        website: p.website,
        publication: "DRAFT",
      },
    });
    await recordAudit(tx, {
      actor: user,
      campusId: user.campusId,
      entityType: "organisation",
      entityId: org.id,
      operation: "propose",
      summary: `Organisation « ${org.name} » proposée (en attente de validation)`,
      after: org,
    });
    created.push({ organisationId: org.id, role: p.role });
  }
  return created;
}

/** Stores the state the action is now in as the revision of its current version. */
async function recordRevision(
  tx: Tx,
  actionId: string,
  kind: RevisionKind,
  user: SessionUser,
): Promise<{ version: number; snapshot: ActionSnapshot; slug: string }> {
  const row = await tx.action.findUniqueOrThrow({ where: { id: actionId }, include: actionSnapshotInclude });
  const snapshot = toSnapshot(row);
  await tx.actionRevision.create({
    data: {
      actionId,
      version: row.version,
      kind,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      changedById: user.id,
    },
  });
  return { version: row.version, snapshot, slug: row.slug };
}

function changedFieldNames(before: ActionSnapshot, after: ActionSnapshot): string {
  const names = ACTION_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])).map((f) =>
    ACTION_FIELD_LABELS[f].toLowerCase(),
  );
  return names.length ? ` (${names.join(", ")})` : "";
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Creates an action (a draft) owned by the campuses of the input. */
export async function createAction(user: SessionUser, raw: unknown): Promise<ActionSaved> {
  const parsed = actionInputSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const errors = await checkReferences(tx, user, input, null);
      if (Object.keys(errors).length) return invalid(errors);
      const slug =
        input.slug ||
        (await availableSlug(slugTaken(tx, null), input.title, { max: 90, fallback: "action" }));
      const proposed = await createProposedOrganisations(tx, user, input);
      const content = inputToContent(input, slug);
      const action = await tx.action.create({
        data: {
          ...actionColumns(content),
          publication: "DRAFT",
          version: 1,
          createdById: user.id,
          updatedById: user.id,
        },
        select: { id: true },
      });
      await writeActionRelations(tx, action.id, { ...content, partners: [...content.partners, ...proposed] });
      const saved = await recordRevision(tx, action.id, "CREATE", user);
      await recordAudit(tx, {
        actor: user,
        campusId: auditCampus(user, saved.snapshot),
        entityType: "action",
        entityId: action.id,
        operation: "create",
        summary: `Action « ${input.title} » créée (brouillon)`,
        after: saved.snapshot,
      });
      await clearWorkingCopy(tx, user.id, "action", NEW_ACTION_KEY);
      return { ok: true, id: action.id, version: saved.version, slug: saved.slug, changed: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return invalid({
        slug: "Cette adresse de page est déjà celle d'une autre action : choisissez-en une autre.",
      });
    throw error;
  }
}

/**
 * Saves the form over the version the user started from. If someone saved
 * in between and changed the content, nothing is written and the current
 * state comes back as a conflict; if only the publication moved on, the
 * save goes through.
 */
export async function updateAction(
  user: SessionUser,
  id: string,
  expectedVersion: number,
  raw: unknown,
): Promise<ActionSaved> {
  const parsed = actionInputSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (!Number.isInteger(expectedVersion) || expectedVersion < 1)
    return invalid({ _form: "Version du formulaire inconnue : rechargez la page." });
  try {
    return await db.$transaction(async (tx) => {
      const existing = await findScoped(tx, user, id);
      if (!existing) return NOT_FOUND;
      const before = toSnapshot(existing);
      if (existing.publication === "ARCHIVED")
        return invalid({ _form: "Cette action est archivée : restaurez-la avant de la modifier." });

      let baseVersion = expectedVersion;
      if (existing.version !== expectedVersion) {
        const base = await tx.actionRevision.findUnique({
          where: { actionId_version: { actionId: id, version: expectedVersion } },
          select: { snapshot: true },
        });
        const theyChangedContent =
          !base || !sameContent(contentOf(readSnapshot(base.snapshot)), contentOf(before));
        if (theyChangedContent)
          return {
            ok: false,
            reason: "conflict",
            current: { version: existing.version, snapshot: before },
          } as const;
        baseVersion = existing.version; // only the publication changed since: nothing of theirs to overwrite
      }

      const errors = await checkReferences(tx, user, input, id, before.campuses);
      if (Object.keys(errors).length) return invalid(errors);
      const slug =
        input.slug || (await availableSlug(slugTaken(tx, id), input.title, { max: 90, fallback: "action" }));
      const content = inputToContent(input, slug);
      if (input.newPartners.length === 0 && sameContent(content, contentOf(before))) {
        await clearWorkingCopy(tx, user.id, "action", id);
        return { ok: true, id, version: existing.version, slug: existing.slug, changed: false } as const;
      }

      const { count } = await tx.action.updateMany({
        where: { id, version: baseVersion, ...campusScope(user) },
        data: { ...actionColumns(content), version: { increment: 1 }, updatedById: user.id },
      });
      if (count === 0) {
        const current = await tx.action.findUniqueOrThrow({ where: { id }, include: actionSnapshotInclude });
        return {
          ok: false,
          reason: "conflict",
          current: { version: current.version, snapshot: toSnapshot(current) },
        } as const;
      }
      const proposed = await createProposedOrganisations(tx, user, input);
      await writeActionRelations(tx, id, { ...content, partners: [...content.partners, ...proposed] });
      const onlyStatus =
        before.status !== input.status &&
        sameContent({ ...content, status: before.status }, contentOf(before)) &&
        proposed.length === 0;
      const saved = await recordRevision(tx, id, onlyStatus ? "STATUS" : "UPDATE", user);
      await recordAudit(tx, {
        actor: user,
        campusId: auditCampus(user, saved.snapshot),
        entityType: "action",
        entityId: id,
        operation: onlyStatus ? "status" : "update",
        summary: `Action « ${input.title} » modifiée${changedFieldNames(before, saved.snapshot)}`,
        before,
        after: saved.snapshot,
      });
      await clearWorkingCopy(tx, user.id, "action", id);
      return { ok: true, id, version: saved.version, slug: saved.slug, changed: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return invalid({
        slug: "Cette adresse de page est déjà celle d'une autre action : choisissez-en une autre.",
      });
    throw error;
  }
}

const TRANSITIONS: Record<
  ActionOperation,
  { from: ActionSnapshot["publication"][]; kind: RevisionKind; summary: string; refused: string }
> = {
  publish: {
    from: ["DRAFT"],
    kind: "PUBLISH",
    summary: "publiée",
    refused: "Seul un brouillon peut être publié (restaurez d'abord une action archivée).",
  },
  unpublish: {
    from: ["PUBLISHED"],
    kind: "UNPUBLISH",
    summary: "retirée de la publication",
    refused: "Cette action n'est pas publiée.",
  },
  archive: {
    from: ["DRAFT", "PUBLISHED"],
    kind: "ARCHIVE",
    summary: "archivée",
    refused: "Cette action est déjà archivée.",
  },
  restore: {
    from: ["ARCHIVED"],
    kind: "RESTORE",
    summary: "restaurée (brouillon)",
    refused: "Cette action n'est pas archivée.",
  },
};

/** Publish, unpublish, archive (soft delete) or restore (back to a draft). */
export async function changeActionPublication(
  user: SessionUser,
  id: string,
  operation: ActionOperation,
): Promise<ActionSaved> {
  const t = TRANSITIONS[operation];
  if (!t) return invalid({ _form: "Opération inconnue." });
  return db.$transaction(async (tx) => {
    const existing = await findScoped(tx, user, id);
    if (!existing) return NOT_FOUND;
    if (!t.from.includes(existing.publication)) return invalid({ _form: t.refused });
    const before = toSnapshot(existing);
    const now = new Date();
    const data =
      operation === "publish"
        ? { publication: "PUBLISHED" as const, publishedAt: now }
        : operation === "unpublish"
          ? { publication: "DRAFT" as const }
          : operation === "archive"
            ? { publication: "ARCHIVED" as const, archivedAt: now }
            : { publication: "DRAFT" as const, archivedAt: null };
    const { count } = await tx.action.updateMany({
      where: { id, publication: { in: t.from }, ...campusScope(user) },
      data: { ...data, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) return NOT_FOUND;
    const saved = await recordRevision(tx, id, t.kind, user);
    await recordAudit(tx, {
      actor: user,
      campusId: auditCampus(user, saved.snapshot),
      entityType: "action",
      entityId: id,
      operation,
      summary: `Action « ${existing.title} » ${t.summary}`,
      before,
      after: saved.snapshot,
    });
    return { ok: true, id, version: saved.version, slug: saved.slug, changed: true } as const;
  });
}

/**
 * Brings back the content of an earlier version (a new revision of kind
 * REVERT; the publication state stays as it is). Records that no longer
 * exist are left out.
 */
export async function revertAction(user: SessionUser, id: string, version: number): Promise<ActionSaved> {
  if (!Number.isInteger(version) || version < 1) return NOT_FOUND;
  return db.$transaction(async (tx) => {
    const existing = await findScoped(tx, user, id);
    if (!existing) return NOT_FOUND;
    if (existing.publication === "ARCHIVED")
      return invalid({
        _form: "Cette action est archivée : restaurez-la avant de revenir à une version antérieure.",
      });
    const revision = await tx.actionRevision.findUnique({
      where: { actionId_version: { actionId: id, version } },
      select: { snapshot: true },
    });
    if (!revision) return NOT_FOUND;
    const before = toSnapshot(existing);
    const old = contentOf(readSnapshot(revision.snapshot));

    const [campuses, axes, organisations, formations, platforms] = await Promise.all([
      tx.campus.findMany({
        where: { id: { in: old.campuses.map((c) => c.campusId) } },
        select: { id: true },
      }),
      tx.campusAxis.findMany({
        where: { id: { in: old.campuses.flatMap((c) => (c.axisId ? [c.axisId] : [])) } },
        select: { id: true },
      }),
      tx.organisation.findMany({
        where: { id: { in: old.partners.map((p) => p.organisationId) } },
        select: { id: true },
      }),
      tx.formation.findMany({ where: { id: { in: old.formationIds } }, select: { id: true } }),
      tx.platform.findMany({ where: { id: { in: old.platformIds } }, select: { id: true } }),
    ]);
    const has = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
    const [cs, as, os, fs, ps] = [
      has(campuses),
      has(axes),
      has(organisations),
      has(formations),
      has(platforms),
    ];
    const restored: ActionContent = {
      ...old,
      campuses: old.campuses
        .filter((c) => cs.has(c.campusId))
        .map((c) => ({ ...c, axisId: c.axisId && as.has(c.axisId) ? c.axisId : null })),
      partners: old.partners.filter((p) => os.has(p.organisationId)),
      formationIds: old.formationIds.filter((f) => fs.has(f)),
      platformIds: old.platformIds.filter((p) => ps.has(p)),
    };
    const mustKeep = campusUserMustKeep(user);
    if (
      restored.campuses.length === 0 ||
      (mustKeep && !restored.campuses.some((c) => c.campusId === mustKeep))
    ) {
      return invalid({
        _form:
          "Cette version ne comprend pas votre campus parmi les campus porteurs : elle ne peut pas être rétablie ici.",
      });
    }
    if (foreignCampusLinksChanged(user, before.campuses, restored.campuses).length) {
      return invalid({
        _form:
          "Cette version change les autres campus porteurs (campus, axe ou chef de file) : seule la coordination peut la rétablir.",
      });
    }
    const slugTaken = await tx.action.findFirst({
      where: { slug: restored.slug, id: { not: id } },
      select: { id: true },
    });
    if (slugTaken)
      return invalid({
        _form: `L'adresse « ${restored.slug} » de cette version est aujourd'hui celle d'une autre action.`,
      });

    const { count } = await tx.action.updateMany({
      where: { id, version: existing.version, ...campusScope(user) },
      data: { ...actionColumns(restored), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0)
      return {
        ok: false,
        reason: "conflict",
        current: { version: existing.version, snapshot: before },
      } as const;
    await writeActionRelations(tx, id, restored);
    const saved = await recordRevision(tx, id, "REVERT", user);
    await recordAudit(tx, {
      actor: user,
      campusId: auditCampus(user, saved.snapshot),
      entityType: "action",
      entityId: id,
      operation: "revert",
      summary: `Action « ${restored.title} » ramenée à sa version ${version}${changedFieldNames(before, saved.snapshot)}`,
      before,
      after: saved.snapshot,
    });
    return { ok: true, id, version: saved.version, slug: saved.slug, changed: true } as const;
  });
}
