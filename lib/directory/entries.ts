import "server-only";
/**
 * Formations and plateformes technologiques are the same kind of directory
 * entry: a record with a stable key and a public slug, linked to campuses,
 * attached to an organisation of the directory (the establishment, the
 * host), created published, then unpublished, archived or restored (never
 * deleted). Each domain describes its table and its words; the rules are
 * written once, here.
 */
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { AuditEntityType } from "@/lib/audit/labels";
import type { PublicationData, PublicationOperation } from "@/lib/forms/publication";
import { invalid, notFound, type FieldErrors } from "@/lib/result";
import {
  changePublication,
  claimVersion,
  MISSING_VERSION,
  STALE_VERSION,
  submittedVersion,
  writeDirectory,
  type Saved,
  type VersionedSaved,
} from "./write";
import { availableSlug } from "@/lib/text/fold";

type EntryInput = { slug: string | null; campusIds: string[] };
type EntryRow = {
  id: string;
  slug: string;
  version: number;
  publication: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  campuses: { campusId: string }[];
};
type CampusLinks = { create: { campusId: string }[] };
type SlugWhere = { OR: [{ key: string }, { slug: string }] } | { slug: string; id?: { not: string } };

/** How every entry is read: with its campuses, in a stable order (the audit log compares them). */
export const entryInclude = {
  campuses: { select: { campusId: true }, orderBy: { campusId: "asc" } },
} as const;

type Include = typeof entryInclude;
type CreateData<Columns> = Columns & {
  key: string;
  slug: string;
  publication: "PUBLISHED";
  campuses: CampusLinks;
};
type UpdateData<Columns> = Columns & { slug: string; campuses: CampusLinks };

/** What the rules use of a Prisma model (tx.formation and tx.platform fit). */
type EntryModel<Row, Columns> = {
  findUnique(args: { where: { id: string }; include: Include }): PromiseLike<Row | null>;
  findFirst(args: { where: SlugWhere; select: { id: true } }): PromiseLike<{ id: string } | null>;
  create(args: { data: CreateData<Columns>; include: Include }): PromiseLike<Row>;
  /** UPDATE … SET version = version + 1 WHERE id = ? AND version = ? (see claimVersion). */
  updateMany(args: {
    where: { id: string; version: number };
    data: { version: { increment: 1 } };
  }): PromiseLike<{ count: number }>;
  update(args: {
    where: { id: string };
    data: UpdateData<Columns> | PublicationData;
    include: Include;
  }): PromiseLike<Row>;
};

export type DirectoryEntries<Input extends EntryInput, Row extends EntryRow, Columns> = {
  entityType: AuditEntityType;
  schema: z.ZodType<Input>;
  /** How the audit log names an entry: « Formation « BTS Électrotechnique » ». */
  label: (row: Row) => string;
  /** What a new entry's key is derived from when no slug is given. */
  keyBase: (input: Input) => string;
  /** The entry's own columns (the slug and the campuses are set here). */
  columns: (input: Input) => Columns;
  /** The directory organisation the entry is attached to: the field and the id chosen. */
  organisation: (input: Input) => { field: string; id: string | null };
  slugTakenMessage: string;
  /** The entry's Prisma model in the transaction: tx.formation, tx.platform. */
  model: (tx: Tx) => EntryModel<Row, Columns>;
  unlinkCampuses: (tx: Tx, id: string) => Promise<unknown>;
};

const PUBLICATION_WORDS: Record<PublicationOperation, string> = {
  publish: "publiée",
  unpublish: "retirée de la publication",
  archive: "archivée",
  restore: "restaurée (brouillon)",
};

const ID = { id: true } as const;

/** The nested create of an entry's campus links (each campus once). */
export function campusLinks(campusIds: string[]): CampusLinks {
  return { create: [...new Set(campusIds)].map((campusId) => ({ campusId })) };
}

async function checkReferences<Input extends EntryInput, Row extends EntryRow, Columns>(
  tx: Tx,
  entries: DirectoryEntries<Input, Row, Columns>,
  input: Input,
  exceptId: string | null,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if ((await tx.campus.count({ where: { id: { in: input.campusIds } } })) !== new Set(input.campusIds).size)
    errors.campusIds = "Un campus choisi n'existe pas.";
  const organisation = entries.organisation(input);
  if (organisation.id && !(await tx.organisation.count({ where: { id: organisation.id } })))
    errors[organisation.field] = "Cet établissement n'est pas dans l'annuaire.";
  if (
    input.slug &&
    (await entries
      .model(tx)
      .findFirst({ where: { slug: input.slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: ID }))
  )
    errors.slug = entries.slugTakenMessage;
  return errors;
}

/** Creates a published entry (its key, and its slug when none is given, derived from its name). */
export function createEntry<Input extends EntryInput, Row extends EntryRow, Columns>(
  entries: DirectoryEntries<Input, Row, Columns>,
  user: SessionUser,
  raw: unknown,
): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const errors = await checkReferences(tx, entries, input, null);
      if (Object.keys(errors).length) return invalid(errors);
      const model = entries.model(tx);
      const key = await availableSlug(
        async (k) => !!(await model.findFirst({ where: { OR: [{ key: k }, { slug: k }] }, select: ID })),
        input.slug || entries.keyBase(input),
      );
      const row = await model.create({
        data: {
          ...entries.columns(input),
          key,
          slug: input.slug || key,
          publication: "PUBLISHED",
          campuses: campusLinks(input.campusIds),
        },
        include: entryInclude,
      });
      await audit({
        campusId: input.campusIds[0] ?? null,
        entityType: entries.entityType,
        entityId: row.id,
        operation: "create",
        summary: `${entries.label(row)} créée`,
        after: row,
      });
      return { ok: true, id: row.id } as const;
    },
    { schema: entries.schema, raw },
  );
}

/**
 * Saves the form over the version it was opened at (its hidden "version"
 * field): a save made from an older version changes nothing and answers a
 * conflict.
 */
export function updateEntry<Input extends EntryInput, Row extends EntryRow, Columns>(
  entries: DirectoryEntries<Input, Row, Columns>,
  user: SessionUser,
  id: string,
  raw: unknown,
): Promise<VersionedSaved> {
  const version = submittedVersion(raw);
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      if (version === null) return MISSING_VERSION;
      const model = entries.model(tx);
      const before = await model.findUnique({ where: { id }, include: entryInclude });
      if (!before) return notFound();
      const errors = await checkReferences(tx, entries, input, id);
      if (Object.keys(errors).length) return invalid(errors);
      const claim = () => model.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
      if (!(await claimVersion(claim))) return STALE_VERSION;
      await entries.unlinkCampuses(tx, id);
      const after = await model.update({
        where: { id },
        data: {
          ...entries.columns(input),
          slug: input.slug || before.slug,
          campuses: campusLinks(input.campusIds),
        },
        include: entryInclude,
      });
      await audit({
        campusId: input.campusIds[0] ?? null,
        entityType: entries.entityType,
        entityId: id,
        operation: "update",
        summary: `${entries.label(after)} modifiée`,
        before,
        after,
      });
      return { ok: true, id, version: after.version } as const;
    },
    { schema: entries.schema, raw },
  );
}

export function changeEntryPublication<Input extends EntryInput, Row extends EntryRow, Columns>(
  entries: DirectoryEntries<Input, Row, Columns>,
  user: SessionUser,
  id: string,
  operation: PublicationOperation,
): Promise<Saved> {
  return changePublication(user, id, operation, {
    entityType: entries.entityType,
    find: async (tx, id) => entries.model(tx).findUnique({ where: { id }, include: entryInclude }),
    update: async (tx, id, data) => entries.model(tx).update({ where: { id }, data, include: entryInclude }),
    describe: (before, after) => ({
      campusId: before.campuses[0]?.campusId ?? null,
      summary: `${entries.label(after)} ${PUBLICATION_WORDS[operation]}`,
    }),
  });
}
