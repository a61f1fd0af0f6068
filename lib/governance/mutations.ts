import "server-only";
/**
 * The coordinator's governance meetings. A deletion keeps the full record in
 * the audit log, from which the archives page restores it (same id).
 */
import type { SessionUser } from "@/lib/auth/types";
import type { Meeting } from "@/lib/generated/prisma/client";
import { parsePartialDate } from "@/lib/dates/partial-date";
import {
  createRecord,
  deleteDirectoryRecord,
  updateRecord,
  type DirectoryRecords,
} from "@/lib/directory/records";
import { meetingSchema, type MeetingInput } from "./schema";

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
  references: {
    instanceId: { model: "governanceInstance", missing: "Cette instance n'existe pas." },
    campusId: { model: "campus", missing: "Ce campus n'existe pas." },
  },
  model: (tx) => tx.meeting,
};

export const createMeeting = (user: SessionUser, raw: unknown) => createRecord(meetings, user, raw);

export const updateMeeting = (user: SessionUser, id: string, raw: unknown) =>
  updateRecord(meetings, user, id, raw);

export const deleteMeeting = (user: SessionUser, id: string) => deleteDirectoryRecord(meetings, user, id);
