import "server-only";
/**
 * The one way the coordinator's directories are written (campuses,
 * organisations, formations, PFT, fundings, governance meetings): the
 * permission is decided here, once, before anything is read; the input is
 * parsed; the write and its audit row run in one transaction.
 */
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { recordAudit, type AuditEntry } from "@/lib/audit/log";
import {
  PUBLICATION_TRANSITIONS,
  publicationData,
  type PublicationData,
  type PublicationOperation,
} from "@/lib/forms/publication";
import {
  conflict,
  fieldErrorsOf,
  forbidden,
  invalid,
  invalidForm,
  notFound,
  type FieldErrors,
  type Result,
} from "@/lib/result";

/** What a write gets inside its transaction. */
export type DirectoryWrite = {
  tx: Tx;
  /** Records the audit row of this write, in its transaction (the actor is the signed-in user). */
  audit: (entry: Omit<AuditEntry, "actor">) => Promise<void>;
};

export type Saved = Result<{ id: string }>;

/** A save of a versioned record: the version it now has, for the form's next save. */
export type VersionedSaved = Result<{ id: string; version: number }>;

/**
 * The version a form was opened at, from its hidden "version" field
 * (0 for a record that did not exist yet); null when missing or malformed.
 */
export function submittedVersion(raw: unknown): number | null {
  const value = (raw as { version?: unknown } | null | undefined)?.version;
  const version = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  return Number.isSafeInteger(version) && version >= 0 ? version : null;
}

export const MISSING_VERSION = invalidForm(
  "Ce formulaire ne dit pas quelle version il modifie : rechargez la page, puis recommencez.",
);

/** Someone saved the record since the form was opened: nothing is written, the typed values stay in the form. */
export const STALE_VERSION = conflict(
  "Cette fiche a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte : rien n'a été enregistré. Rechargez la page pour partir de sa dernière version ; vos saisies restent affichées ici pour les reporter.",
);

/**
 * Optimistic locking in the UPDATE itself: `claim` runs
 * `UPDATE … SET version = version + 1 WHERE id = ? AND version = ?` (an
 * updateMany) and answers how many rows it changed. Of concurrent saves made
 * from the same version, PostgreSQL lets exactly one match: the others wait
 * for its row lock, re-read the row and no longer match. Returns whether
 * this save got the record; call it after the input's checks and before the
 * write, in the write's transaction.
 */
export async function claimVersion(claim: () => PromiseLike<{ count: number }>): Promise<boolean> {
  return (await claim()).count === 1;
}

const saved = (id: string) => ({ ok: true, id }) as const;

/**
 * Runs `write` for the coordinator, and refuses everyone else. With a
 * `schema`, `raw` is parsed first and `write` gets the parsed input;
 * `uniqueViolation` answers a unique index violated by a concurrent write.
 */
export async function writeDirectory<R extends { ok: boolean }, S extends z.ZodType = z.ZodUndefined>(
  user: SessionUser,
  write: (w: DirectoryWrite, input: z.output<S>) => Promise<R>,
  options: { schema?: S; raw?: unknown; uniqueViolation?: FieldErrors } = {},
): Promise<R | ReturnType<typeof forbidden> | ReturnType<typeof invalid>> {
  if (!canManageDirectories(user)) return forbidden();
  const parsed = options.schema?.safeParse(options.raw);
  if (parsed && !parsed.success) return invalid(fieldErrorsOf(parsed.error));
  try {
    return await db.$transaction((tx) =>
      // Without a schema there is no input: S is z.ZodUndefined.
      write(
        { tx, audit: (entry) => recordAudit(tx, { actor: user, ...entry }) },
        parsed?.data as z.output<S>,
      ),
    );
  } catch (error) {
    const isUniqueViolation = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (isUniqueViolation && options.uniqueViolation) return invalid(options.uniqueViolation);
    throw error;
  }
}

/**
 * Deletes one record (a funding line, a meeting, an axis, a role, a link).
 * The audit row keeps the whole record: deleted fundings and meetings are
 * restored from there (lib/audit/restore.ts).
 */
export function deleteRecord<Row>(
  user: SessionUser,
  id: string,
  record: {
    entityType: AuditEntry["entityType"];
    find: (tx: Tx, id: string) => Promise<Row | null>;
    remove: (tx: Tx, id: string) => Promise<unknown>;
    describe: (before: Row) => { campusId: string | null; entityId: string; summary: string };
  },
): Promise<Saved> {
  return writeDirectory(user, async ({ tx, audit }) => {
    const before = await record.find(tx, id);
    if (!before) return notFound();
    await record.remove(tx, id);
    await audit({ entityType: record.entityType, operation: "delete", before, ...record.describe(before) });
    return saved(id);
  });
}

type Publishable = { publication: "DRAFT" | "PUBLISHED" | "ARCHIVED" };

/**
 * Publishes (validates a proposal), unpublishes, archives or restores an
 * organisation, a formation or a PFT: nothing is ever hard-deleted.
 */
export function changePublication<Row extends Publishable>(
  user: SessionUser,
  id: string,
  operation: PublicationOperation,
  record: {
    entityType: AuditEntry["entityType"];
    find: (tx: Tx, id: string) => Promise<Row | null>;
    update: (tx: Tx, id: string, data: PublicationData) => Promise<Row>;
    /** The audit summary and campus of the change; `operation` overrides the recorded operation. */
    describe: (before: Row, after: Row) => { campusId: string | null; summary: string; operation?: string };
  },
): Promise<Saved> {
  return writeDirectory(user, async ({ tx, audit }) => {
    const transition = PUBLICATION_TRANSITIONS[operation];
    if (!transition) return invalidForm("Opération inconnue.");
    const before = await record.find(tx, id);
    if (!before) return notFound();
    if (!transition.from.includes(before.publication)) return invalidForm(transition.refused);
    const after = await record.update(tx, id, publicationData(operation));
    await audit({
      entityType: record.entityType,
      entityId: id,
      operation,
      before,
      after,
      ...record.describe(before, after),
    });
    return saved(id);
  });
}
