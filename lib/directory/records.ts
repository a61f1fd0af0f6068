import "server-only";
/**
 * Funding lines and governance meetings are the same kind of record: a row
 * with a stable key, pointing to other records (a funder, an instance, a
 * campus…) that must exist, created, edited and deleted by the coordinator
 * (a deletion is restorable from the audit log). Each domain describes its
 * table and its words; the rules are written once, here.
 */
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { AuditEntityType } from "@/lib/audit/labels";
import { invalid, notFound, type FieldErrors } from "@/lib/result";
import { availableSlug } from "@/lib/text/fold";
import { deleteRecord, writeDirectory, type Saved } from "./write";

type RecordRow = { id: string; campusId: string | null };

/** What the rules use of a Prisma model (any model with an id, a unique key and a campusId fits). */
type RecordModel<Row, Columns> = {
  findUnique(args: { where: { id: string } }): PromiseLike<Row | null>;
  findFirst(args: { where: { key: string }; select: { id: true } }): PromiseLike<{ id: string } | null>;
  create(args: { data: Columns & { key: string } }): PromiseLike<Row>;
  update(args: { where: { id: string }; data: Columns }): PromiseLike<Row>;
  delete(args: { where: { id: string } }): PromiseLike<unknown>;
};

export type DirectoryRecords<Input, Row extends RecordRow, Columns> = {
  entityType: AuditEntityType;
  schema: z.ZodType<Input>;
  /** How the audit log names a record: « Financement « Fonctionnement » ». */
  label: (row: Row) => string;
  /** The audit log's past participles, agreeing with the label's noun. */
  done: { created: string; updated: string; deleted: string };
  /** What a new record's key is derived from. */
  keyBase: (input: Input) => string;
  /** The record's columns, from the parsed form. */
  columns: (input: Input) => Columns;
  /** The records the input points to, by field: the model that holds them, the error when none has that id. */
  references: { [Field in keyof Input & string]?: { model: ReferencedModel; missing: string } };
  /** The record's Prisma model in the transaction: tx.funding, tx.meeting. */
  model: (tx: Tx) => RecordModel<Row, Columns>;
};

type ReferencedModel = "organisation" | "campus" | "platform" | "action" | "governanceInstance";

/** Field errors for the references that name no record (an empty optional reference is not checked). */
async function missingReferences<Input, Row extends RecordRow, Columns>(
  tx: Tx,
  records: DirectoryRecords<Input, Row, Columns>,
  input: Input,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  for (const [field, reference] of Object.entries(records.references)) {
    const { model, missing } = reference as { model: ReferencedModel; missing: string };
    const id = input[field as keyof Input] as string | null | undefined;
    // Every referenced model is counted by id alike; TypeScript cannot call a union of delegates.
    const delegate = tx[model] as unknown as { count(args: { where: { id: string } }): Promise<number> };
    if (id && !(await delegate.count({ where: { id } }))) errors[field] = missing;
  }
  return errors;
}

export function createRecord<Input, Row extends RecordRow, Columns>(
  records: DirectoryRecords<Input, Row, Columns>,
  user: SessionUser,
  raw: unknown,
): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const errors = await missingReferences(tx, records, input);
      if (Object.keys(errors).length) return invalid(errors);
      const model = records.model(tx);
      const key = await availableSlug(
        async (k) => !!(await model.findFirst({ where: { key: k }, select: { id: true } })),
        records.keyBase(input),
      );
      const row = await model.create({ data: { ...records.columns(input), key } });
      await audit({
        campusId: row.campusId,
        entityType: records.entityType,
        entityId: row.id,
        operation: "create",
        summary: `${records.label(row)} ${records.done.created}`,
        after: row,
      });
      return { ok: true, id: row.id } as const;
    },
    { schema: records.schema, raw },
  );
}

export function updateRecord<Input, Row extends RecordRow, Columns>(
  records: DirectoryRecords<Input, Row, Columns>,
  user: SessionUser,
  id: string,
  raw: unknown,
): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const model = records.model(tx);
      const before = await model.findUnique({ where: { id } });
      if (!before) return notFound();
      const errors = await missingReferences(tx, records, input);
      if (Object.keys(errors).length) return invalid(errors);
      const after = await model.update({ where: { id }, data: records.columns(input) });
      await audit({
        campusId: after.campusId,
        entityType: records.entityType,
        entityId: id,
        operation: "update",
        summary: `${records.label(after)} ${records.done.updated}`,
        before,
        after,
      });
      return { ok: true, id } as const;
    },
    { schema: records.schema, raw },
  );
}

/** Deletes a record; the audit row keeps it whole, for the archives page to restore (same id). */
export function deleteDirectoryRecord<Input, Row extends RecordRow, Columns>(
  records: DirectoryRecords<Input, Row, Columns>,
  user: SessionUser,
  id: string,
): Promise<Saved> {
  return deleteRecord(user, id, {
    entityType: records.entityType,
    find: async (tx, id) => records.model(tx).findUnique({ where: { id } }),
    remove: async (tx, id) => records.model(tx).delete({ where: { id } }),
    describe: (row) => ({
      campusId: row.campusId,
      entityId: row.id,
      summary: `${records.label(row)} ${records.done.deleted} (restaurable depuis les archives)`,
    }),
  });
}
