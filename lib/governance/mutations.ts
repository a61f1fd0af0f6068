import "server-only";
/**
 * The coordinator's governance meetings. A deletion keeps the full record in
 * the audit log, from which the archives page restores it (same id).
 */
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { Meeting } from "@/lib/generated/prisma/client";
import { parsePartialDate } from "@/lib/dates/partial-date";
import {
  createRecord,
  deleteDirectoryRecord,
  updateRecord,
  type DirectoryRecords,
} from "@/lib/directory/records";
import type { FieldErrors } from "@/lib/result";
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

const meetings: DirectoryRecords<MeetingInput, Meeting, ReturnType<typeof columns>> = {
  entityType: "meeting",
  schema: meetingSchema,
  label: (m) => `Réunion « ${m.title} »`,
  done: { created: "créée", updated: "modifiée", deleted: "supprimée" },
  keyBase: (input) => `reunion-${input.date}-${input.title}`,
  columns,
  checkReferences,
  model: (tx) => tx.meeting,
};

export const createMeeting = (user: SessionUser, raw: unknown) => createRecord(meetings, user, raw);

export const updateMeeting = (user: SessionUser, id: string, raw: unknown) =>
  updateRecord(meetings, user, id, raw);

export const deleteMeeting = (user: SessionUser, id: string) => deleteDirectoryRecord(meetings, user, id);
