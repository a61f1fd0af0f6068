import "server-only";
/**
 * Writes of the report campaign, authorization inside (from the session
 * user, never from the input): a DO writes their campus's chapter, the
 * coordinator writes the regional parts, validates an edition (freezing the
 * assembled document in ReportEdition.snapshot) and reopens it with a reason.
 * Every write records an audit log row in the same transaction; validation
 * and reopening also leave an EditionEvent.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { recordAudit } from "@/lib/audit/log";
import { conflict, fieldErrorsOf, forbidden, invalid, notFound, type Result } from "@/lib/result";
import { canManageEdition, canWriteCampusChapter } from "./access";
import { storeEditionFiles } from "./files";
import { freezeEdition } from "./freeze";
import {
  campusChapterSchema,
  regionPartsSchema,
  reopenEditionSchema,
  validateEditionSchema,
  type CampusChapterInput,
  type RegionPartsInput,
} from "./schema";
import { CAMPUS_SECTION_KEYS, CAMPUS_SECTIONS, REGION_PART_KEYS, REGION_PARTS } from "./sections";
import { clearWorkingCopy } from "@/lib/working-copies/clear";
import { campusChapterKey, regionPartsKey } from "@/lib/working-copies/schema";

/** What a write of the campaign answers: on success, the sentence that says what was saved. */
type Saved = Result<{ message: string }>;

const FORBIDDEN = forbidden("Vous n'avez pas le droit de modifier ce texte.");
const frozen = (year: number) =>
  conflict(
    `Le rapport ${year} est validé : il est figé. La coordination régionale doit le rouvrir avant toute modification.`,
  );

/** One row of the audit log, in the transaction of the change it records. */
function audit(
  tx: Tx,
  user: SessionUser,
  entry: {
    campusId: string | null;
    entityId: string;
    operation: string;
    summary: string;
    before?: unknown;
    after?: unknown;
  },
) {
  return recordAudit(tx, { actor: user, entityType: "report", ...entry });
}

async function isValidated(tx: Tx, year: number): Promise<boolean> {
  const edition = await tx.reportEdition.findUnique({ where: { year }, select: { status: true } });
  return edition?.status === "VALIDATED";
}

const changedKeys = <K extends string>(
  keys: readonly K[],
  before: Partial<Record<K, string>> | null,
  after: Record<K, string>,
) => keys.filter((k) => (before?.[k] ?? "") !== after[k]);

/** Saves a campus's seven sections for a year (DO of that campus, or the coordinator). */
export async function saveCampusChapter(user: SessionUser, input: unknown): Promise<Saved> {
  const parsed = campusChapterSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const data: CampusChapterInput = parsed.data;
  const campus = await db.campus.findUnique({
    where: { slug: data.campus },
    select: { id: true, acronym: true },
  });
  if (!campus) return notFound("Ce campus n'existe pas.");
  if (!canWriteCampusChapter(user, campus.id)) return FORBIDDEN;

  return concurrentCreation(
    db.$transaction(async (tx): Promise<Saved> => {
      if (await isValidated(tx, data.year)) return frozen(data.year);
      const existing = await tx.campusReport.findUnique({
        where: { campusId_year: { campusId: campus.id, year: data.year } },
        include: { updatedBy: { select: { name: true } } },
      });
      const stale = conflict(
        `Ce bilan a été modifié${existing?.updatedBy ? ` par ${existing.updatedBy.name}` : ""} depuis que vous l'avez ouvert : rien n'a été enregistré. Rechargez la page pour partir de sa dernière version.`,
      );
      if ((existing?.version ?? 0) !== data.version) return stale;
      const sections = Object.fromEntries(CAMPUS_SECTION_KEYS.map((k) => [k, data[k]])) as Record<
        (typeof CAMPUS_SECTION_KEYS)[number],
        string
      >;
      const changed = changedKeys(CAMPUS_SECTION_KEYS, existing, sections);
      await clearWorkingCopy(tx, user.id, "report-campus", campusChapterKey(data.year, data.campus));
      if (existing && changed.length === 0)
        return { ok: true, message: "Aucune modification à enregistrer." };
      let id: string;
      if (existing) {
        // The version is checked in the UPDATE itself: of concurrent saves from
        // the same version, exactly one matches (see lib/directory/write.ts claimVersion).
        const updated = await tx.campusReport.updateMany({
          where: { id: existing.id, version: data.version },
          data: { ...sections, updatedById: user.id, version: { increment: 1 } },
        });
        if (updated.count !== 1) return stale;
        id = existing.id;
      } else {
        // Concurrent first saves: the unique (campus, year) lets one insert through.
        id = (
          await tx.campusReport.create({
            data: { campusId: campus.id, year: data.year, ...sections, updatedById: user.id },
            select: { id: true },
          })
        ).id;
      }
      await audit(tx, user, {
        campusId: campus.id,
        entityId: id,
        operation: existing ? "update" : "create",
        summary: `Rapport ${data.year}, bilan du CMQ ${campus.acronym} : ${changed.map((k) => CAMPUS_SECTIONS[k].label.toLowerCase()).join(", ")}`,
        before: existing ? Object.fromEntries(changed.map((k) => [k, existing[k]])) : undefined,
        after: Object.fromEntries(changed.map((k) => [k, sections[k]])),
      });
      return { ok: true, message: `Le bilan ${data.year} du CMQ ${campus.acronym} est enregistré.` };
    }),
    "Ce bilan vient d'être créé par quelqu'un d'autre : rien n'a été enregistré. Rechargez la page pour partir de sa version.",
  );
}

/** Saves the regional parts of a year's report (coordinator). */
export async function saveRegionParts(user: SessionUser, input: unknown): Promise<Saved> {
  if (!canManageEdition(user)) return FORBIDDEN;
  const parsed = regionPartsSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const data: RegionPartsInput = parsed.data;

  return concurrentCreation(
    db.$transaction(async (tx): Promise<Saved> => {
      const existing = await tx.reportEdition.findUnique({ where: { year: data.year } });
      if (existing?.status === "VALIDATED") return frozen(data.year);
      const stale = conflict(
        "Les parties régionales ont été modifiées depuis que vous les avez ouvertes : rien n'a été enregistré. Rechargez la page.",
      );
      if ((existing?.version ?? 0) !== data.version) return stale;
      const parts = Object.fromEntries(REGION_PART_KEYS.map((k) => [k, data[k]])) as Record<
        (typeof REGION_PART_KEYS)[number],
        string
      >;
      const changed = changedKeys(REGION_PART_KEYS, existing, parts);
      await clearWorkingCopy(tx, user.id, "report-region", regionPartsKey(data.year));
      if (existing && changed.length === 0)
        return { ok: true, message: "Aucune modification à enregistrer." };
      let id: string;
      if (existing) {
        // Version and "not validated" are checked in the UPDATE itself.
        const updated = await tx.reportEdition.updateMany({
          where: { id: existing.id, version: data.version, status: { not: "VALIDATED" } },
          data: { ...parts, version: { increment: 1 } },
        });
        if (updated.count !== 1) return stale;
        id = existing.id;
      } else {
        id = (await tx.reportEdition.create({ data: { year: data.year, ...parts }, select: { id: true } }))
          .id;
      }
      await audit(tx, user, {
        campusId: null,
        entityId: id,
        operation: existing ? "update" : "create",
        summary: `Rapport ${data.year}, parties régionales : ${changed.map((k) => REGION_PARTS[k].label).join(", ")}`,
        before: existing ? Object.fromEntries(changed.map((k) => [k, existing[k]])) : undefined,
        after: Object.fromEntries(changed.map((k) => [k, parts[k]])),
      });
      return { ok: true, message: `Les parties régionales du rapport ${data.year} sont enregistrées.` };
    }),
    "Les parties régionales viennent d'être créées par quelqu'un d'autre : rien n'a été enregistré. Rechargez la page.",
  );
}

/** A first save that lost the race to create the row (unique violation) is a conflict, not an error. */
async function concurrentCreation(write: Promise<Saved>, message: string): Promise<Saved> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return conflict(message);
    throw error;
  }
}

/**
 * Validates a year's edition: the whole report is assembled from the data
 * as it is now and stored as the edition's snapshot. From then on exports
 * and the public pages read the snapshot, whatever later happens to the
 * actions, and the texts can no longer be edited until it is reopened.
 */
export async function validateEdition(user: SessionUser, input: unknown): Promise<Saved> {
  if (!canManageEdition(user)) return forbidden("Seule la coordination régionale valide le rapport.");
  const parsed = validateEditionSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { year } = parsed.data;

  const saved = await db.$transaction(
    async (tx): Promise<Saved> => {
      const existing = await tx.reportEdition.findUnique({
        where: { year },
        select: { id: true, status: true },
      });
      if (existing?.status === "VALIDATED") return conflict(`Le rapport ${year} est déjà validé.`);
      const edition =
        existing ?? (await tx.reportEdition.create({ data: { year }, select: { id: true, status: true } }));
      const { document: doc, validatedAt: now } = await freezeEdition(
        tx,
        { id: edition.id, year },
        { userId: user.id, name: user.name },
      );
      await audit(tx, user, {
        campusId: null,
        entityId: edition.id,
        operation: "validate",
        summary: `Rapport ${year} validé et figé (${doc.actions.length} actions, ${doc.campuses.length} campus)`,
        after: { status: "VALIDATED", validatedAt: now.toISOString(), actions: doc.actions.length },
      });
      return { ok: true, message: `Le rapport ${year} est validé : son contenu est figé.` };
    },
    { timeout: 60_000 },
  );
  if (!saved.ok) return saved;
  // The published files are built now, once, and served as stored from then on;
  // one that fails here is built at its first download.
  const stored = await storeEditionFiles(year).catch(() => 0);
  return stored
    ? {
        ok: true,
        message: `Le rapport ${year} est validé : son contenu est figé et ses fichiers sont publiés.`,
      }
    : saved;
}

/** Reopens a validated edition, deliberately: a reason is required and traced. */
export async function reopenEdition(user: SessionUser, input: unknown): Promise<Saved> {
  if (!canManageEdition(user)) return forbidden("Seule la coordination régionale peut rouvrir le rapport.");
  const parsed = reopenEditionSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { year, reason } = parsed.data;

  return db.$transaction(async (tx): Promise<Saved> => {
    const edition = await tx.reportEdition.findUnique({
      where: { year },
      select: { id: true, status: true, validatedAt: true },
    });
    if (!edition) return notFound(`Aucun rapport ${year} n'existe.`);
    if (edition.status !== "VALIDATED") return conflict(`Le rapport ${year} n'est pas validé.`);
    const now = new Date();
    await tx.reportEdition.update({
      where: { id: edition.id },
      // Reopened, it is no longer the edition published as is: its publication date goes too.
      data: {
        status: "DRAFT",
        validatedAt: null,
        validatedById: null,
        snapshot: Prisma.DbNull,
        publishedOn: null,
      },
    });
    // Its published files go with its validation.
    await tx.reportFile.deleteMany({ where: { editionId: edition.id } });
    await tx.editionEvent.create({
      data: { editionId: edition.id, kind: "reopen", reason, userId: user.id, at: now },
    });
    await audit(tx, user, {
      campusId: null,
      entityId: edition.id,
      operation: "reopen",
      summary: `Rapport ${year} rouvert : ${reason}`,
      before: { status: "VALIDATED", validatedAt: edition.validatedAt?.toISOString() ?? null },
      after: { status: "DRAFT", reason },
    });
    return {
      ok: true,
      message: `Le rapport ${year} est rouvert : les textes peuvent de nouveau être modifiés.`,
    };
  });
}
