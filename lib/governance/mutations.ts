import "server-only";
/**
 * The coordinator's governance meetings. A deletion keeps the full record in
 * the audit log, from which the archives page restores it (same id).
 */
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/log";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { fieldErrorsOf, type FieldErrors } from "@/lib/forms/state";
import {
  FORBIDDEN,
  invalid,
  NOT_FOUND,
  uniqueKey,
  type DirectoryResult,
} from "@/lib/organisations/mutations";
import { meetingSchema, type MeetingInput } from "./schema";

async function checkReferences(tx: Tx, m: MeetingInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (!(await tx.governanceInstance.count({ where: { id: m.instanceId } })))
    errors.instanceId = "Cette instance n'existe pas.";
  if (m.campusId && !(await tx.campus.count({ where: { id: m.campusId } })))
    errors.campusId = "Ce campus n'existe pas.";
  return errors;
}

function columns(m: MeetingInput) {
  const d = parsePartialDate(m.date)!;
  return {
    instanceId: m.instanceId,
    campusId: m.campusId,
    date: d.date,
    datePrecision: d.precision,
    city: m.city,
    title: m.title,
    description: m.description,
  };
}

export async function createMeeting(user: SessionUser, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = meetingSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return db.$transaction(async (tx) => {
    const errors = await checkReferences(tx, parsed.data);
    if (Object.keys(errors).length) return invalid(errors);
    const key = await uniqueKey(
      async (k) => !!(await tx.meeting.findUnique({ where: { key: k }, select: { id: true } })),
      `reunion-${parsed.data.date}-${parsed.data.title}`,
    );
    const m = await tx.meeting.create({ data: { ...columns(parsed.data), key } });
    await recordAudit(tx, {
      actor: user,
      campusId: m.campusId,
      entityType: "meeting",
      entityId: m.id,
      operation: "create",
      summary: `Réunion « ${m.title} » créée`,
      after: m,
    });
    return { ok: true, id: m.id } as const;
  });
}

export async function updateMeeting(user: SessionUser, id: string, raw: unknown): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  const parsed = meetingSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return db.$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id } });
    if (!before) return NOT_FOUND;
    const errors = await checkReferences(tx, parsed.data);
    if (Object.keys(errors).length) return invalid(errors);
    const after = await tx.meeting.update({ where: { id }, data: columns(parsed.data) });
    await recordAudit(tx, {
      actor: user,
      campusId: after.campusId,
      entityType: "meeting",
      entityId: id,
      operation: "update",
      summary: `Réunion « ${after.title} » modifiée`,
      before,
      after,
    });
    return { ok: true, id } as const;
  });
}

export async function deleteMeeting(user: SessionUser, id: string): Promise<DirectoryResult> {
  if (!canManageDirectories(user)) return FORBIDDEN;
  return db.$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id } });
    if (!before) return NOT_FOUND;
    await tx.meeting.delete({ where: { id } });
    await recordAudit(tx, {
      actor: user,
      campusId: before.campusId,
      entityType: "meeting",
      entityId: id,
      operation: "delete",
      summary: `Réunion « ${before.title} » supprimée (restaurable depuis les archives)`,
      before,
    });
    return { ok: true, id } as const;
  });
}
