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
  campaignDeadlineSchema,
  campusChapterSchema,
  openCampaignSchema,
  regionPartsSchema,
  reopenEditionSchema,
  reviewSectionSchema,
  submitChapterSchema,
  validateEditionSchema,
  type CampusChapterInput,
  type RegionPartsInput,
} from "./schema";
import { CAMPUS_SECTION_KEYS, CAMPUS_SECTIONS, REGION_PART_KEYS, REGION_PARTS } from "./sections";
import { clearWorkingCopy } from "@/lib/working-copies/clear";
import { readSiteSettings } from "@/lib/settings/queries";
import { formatDate } from "@/lib/text/format";
import { formatCount, plural } from "@/lib/text/plural";
import { parisDay, readReviewStates, reviewAfterEdit, type ReviewStates } from "./progress";
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
          data: {
            ...sections,
            updatedById: user.id,
            version: { increment: 1 },
            // A section whose text changed has to be submitted again.
            sectionStates: reviewAfterEdit(readReviewStates(existing.sectionStates), changed),
          },
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
        summary: `Rapport ${year} validé et figé (${formatCount(doc.actions.length, plural("action"))}, ${doc.campuses.length} campus)`,
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
        publishedNote: null,
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

/**
 * Opens a year's campaign (coordinator): the edition, with the default
 * deadline of the site settings when it is still to come, and one chapter
 * per campus, every section « à rédiger ». Idempotent: opening an open
 * campaign creates only what is missing (nothing, usually) and says so.
 */
export async function openCampaign(user: SessionUser, input: unknown, now = new Date()): Promise<Saved> {
  if (!canManageEdition(user)) return forbidden("Seule la coordination régionale ouvre une campagne.");
  const parsed = openCampaignSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { year } = parsed.data;
  if (year > now.getFullYear() + 1)
    return conflict(
      `La campagne ${year} ne peut pas encore être ouverte : au plus tard, celle de ${now.getFullYear() + 1}.`,
    );

  return db.$transaction(async (tx): Promise<Saved> => {
    const settings = await readSiteSettings(tx);
    const fallback = settings.defaultReportDeadline;
    const deadline = fallback && fallback >= parisDay(now) ? fallback : null;
    // skipDuplicates: two coordinators opening at once both succeed, one creates.
    const created = await tx.reportEdition.createMany({ data: [{ year, deadline }], skipDuplicates: true });
    const edition = await tx.reportEdition.findUniqueOrThrow({
      where: { year },
      select: { id: true, status: true, deadline: true },
    });
    if (edition.status === "VALIDATED") return frozen(year);
    const campuses = await tx.campus.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    const chapters = await tx.campusReport.createMany({
      data: campuses.map((c) => ({ campusId: c.id, year })),
      skipDuplicates: true,
    });
    if (created.count === 0 && chapters.count === 0)
      return { ok: true, message: `La campagne ${year} est déjà ouverte : rien n'a changé.` };
    const when = edition.deadline ? `date limite le ${formatDate(edition.deadline)}` : "sans date limite";
    await audit(tx, user, {
      campusId: null,
      entityId: edition.id,
      operation: "open",
      summary: `Campagne du rapport ${year} ouverte : ${formatCount(chapters.count, plural("bilan de campus créé", "bilans de campus créés"))}, ${when}`,
      after: {
        year,
        deadline: edition.deadline?.toISOString().slice(0, 10) ?? null,
        chapters: chapters.count,
      },
    });
    return {
      ok: true,
      message: `La campagne ${year} est ouverte : ${formatCount(chapters.count, plural("bilan de campus", "bilans de campus"))} à rédiger, ${when}.`,
    };
  });
}

/** Sets an open campaign's deadline (coordinator): a real day, today or later. */
export async function setCampaignDeadline(
  user: SessionUser,
  input: unknown,
  now = new Date(),
): Promise<Saved> {
  if (!canManageEdition(user))
    return forbidden("Seule la coordination régionale fixe la date limite du rapport.");
  const parsed = campaignDeadlineSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { year, deadline } = parsed.data;
  if (deadline < parisDay(now))
    return invalid({
      deadline: `La date limite ne peut pas être passée : choisissez le ${formatDate(parisDay(now))} ou plus tard.`,
    });

  return db.$transaction(async (tx): Promise<Saved> => {
    const edition = await tx.reportEdition.findUnique({
      where: { year },
      select: { id: true, status: true, deadline: true },
    });
    if (!edition) return notFound(`La campagne ${year} n'est pas ouverte : ouvrez-la d'abord.`);
    if (edition.status === "VALIDATED") return frozen(year);
    if (edition.deadline?.getTime() === deadline.getTime())
      return { ok: true, message: "Aucune modification à enregistrer." };
    await tx.reportEdition.update({ where: { id: edition.id }, data: { deadline } });
    await audit(tx, user, {
      campusId: null,
      entityId: edition.id,
      operation: "deadline",
      summary: `Rapport ${year} : date limite fixée au ${formatDate(deadline)}`,
      before: { deadline: edition.deadline?.toISOString().slice(0, 10) ?? null },
      after: { deadline: deadline.toISOString().slice(0, 10) },
    });
    return { ok: true, message: `La date limite du rapport ${year} est le ${formatDate(deadline)}.` };
  });
}

/** The chapter of an open, not validated campaign, for a review write. */
async function openChapter(
  tx: Tx,
  campusId: string,
  year: number,
): Promise<{ refusal: Saved } | { chapter: Prisma.CampusReportGetPayload<object> }> {
  const edition = await tx.reportEdition.findUnique({ where: { year }, select: { status: true } });
  if (!edition) return { refusal: notFound(`La campagne ${year} n'est pas ouverte.`) };
  if (edition.status === "VALIDATED") return { refusal: frozen(year) };
  const chapter = await tx.campusReport.findUnique({ where: { campusId_year: { campusId, year } } });
  if (!chapter) return { refusal: notFound(`Aucun bilan ${year} n'existe pour ce campus.`) };
  return { chapter };
}

/**
 * Submits a chapter to the coordination (its DO, or the coordinator): every
 * written section still « en cours » becomes « soumise ».
 */
export async function submitChapter(user: SessionUser, input: unknown): Promise<Saved> {
  const parsed = submitChapterSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { campus: slug, year } = parsed.data;
  const campus = await db.campus.findUnique({ where: { slug }, select: { id: true, acronym: true } });
  if (!campus) return notFound("Ce campus n'existe pas.");
  if (!canWriteCampusChapter(user, campus.id)) return FORBIDDEN;

  return db.$transaction(async (tx): Promise<Saved> => {
    const open = await openChapter(tx, campus.id, year);
    if ("refusal" in open) return open.refusal;
    const states = readReviewStates(open.chapter.sectionStates);
    const toSubmit = CAMPUS_SECTION_KEYS.filter((k) => open.chapter[k].trim() && !states[k]);
    if (toSubmit.length === 0)
      return conflict("Aucune section rédigée n'attend d'être soumise : rédigez et enregistrez d'abord.");
    const next: ReviewStates = { ...states, ...Object.fromEntries(toSubmit.map((k) => [k, "SUBMITTED"])) };
    await tx.campusReport.update({ where: { id: open.chapter.id }, data: { sectionStates: next } });
    await audit(tx, user, {
      campusId: campus.id,
      entityId: open.chapter.id,
      operation: "submit",
      summary: `Rapport ${year}, bilan du CMQ ${campus.acronym} soumis : ${toSubmit.map((k) => CAMPUS_SECTIONS[k].label.toLowerCase()).join(", ")}`,
      before: states,
      after: next,
    });
    return {
      ok: true,
      message: `${formatCount(toSubmit.length, plural("section soumise", "sections soumises"))} à la coordination régionale.`,
    };
  });
}

/** The coordinator validates a written section, or returns it to its DO (« en cours »). */
export async function reviewSection(user: SessionUser, input: unknown): Promise<Saved> {
  if (!canManageEdition(user)) return forbidden("Seule la coordination régionale valide les sections.");
  const parsed = reviewSectionSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { campus: slug, year, section, decision } = parsed.data;
  const campus = await db.campus.findUnique({ where: { slug }, select: { id: true, acronym: true } });
  if (!campus) return notFound("Ce campus n'existe pas.");
  const label = CAMPUS_SECTIONS[section].label;

  return db.$transaction(async (tx): Promise<Saved> => {
    const open = await openChapter(tx, campus.id, year);
    if ("refusal" in open) return open.refusal;
    if (!open.chapter[section].trim()) return conflict(`La section « ${label} » n'est pas rédigée.`);
    const states = readReviewStates(open.chapter.sectionStates);
    const next: ReviewStates = { ...states };
    if (decision === "validate") next[section] = "VALIDATED";
    else delete next[section];
    if (next[section] === states[section]) return { ok: true, message: "Aucune modification à enregistrer." };
    await tx.campusReport.update({ where: { id: open.chapter.id }, data: { sectionStates: next } });
    await audit(tx, user, {
      campusId: campus.id,
      entityId: open.chapter.id,
      operation: decision === "validate" ? "validate-section" : "return-section",
      summary: `Rapport ${year}, bilan du CMQ ${campus.acronym}, « ${label} » ${decision === "validate" ? "validée" : "renvoyée en rédaction"}`,
      before: { [section]: states[section] ?? null },
      after: { [section]: next[section] ?? null },
    });
    return {
      ok: true,
      message:
        decision === "validate"
          ? `La section « ${label} » du CMQ ${campus.acronym} est validée.`
          : `La section « ${label} » du CMQ ${campus.acronym} est renvoyée en rédaction.`,
    };
  });
}
