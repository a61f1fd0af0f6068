import "server-only";
/**
 * The coordinator's governance meetings. A deletion keeps the full record in
 * the audit log, from which the archives page restores it (same id).
 */
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { deleteRecord, writeDirectory, type Saved } from "@/lib/directory/write";
import { invalid, notFound, type FieldErrors } from "@/lib/result";
import { meetingSchema, type MeetingInput } from "./schema";
import { availableSlug } from "@/lib/text/fold";

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

export function createMeeting(user: SessionUser, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const errors = await checkReferences(tx, input);
      if (Object.keys(errors).length) return invalid(errors);
      const key = await availableSlug(
        async (k) => !!(await tx.meeting.findUnique({ where: { key: k }, select: { id: true } })),
        `reunion-${input.date}-${input.title}`,
      );
      const m = await tx.meeting.create({ data: { ...columns(input), key } });
      await audit({
        campusId: m.campusId,
        entityType: "meeting",
        entityId: m.id,
        operation: "create",
        summary: `Réunion « ${m.title} » créée`,
        after: m,
      });
      return { ok: true, id: m.id } as const;
    },
    { schema: meetingSchema, raw },
  );
}

export function updateMeeting(user: SessionUser, id: string, raw: unknown): Promise<Saved> {
  return writeDirectory(
    user,
    async ({ tx, audit }, input) => {
      const before = await tx.meeting.findUnique({ where: { id } });
      if (!before) return notFound();
      const errors = await checkReferences(tx, input);
      if (Object.keys(errors).length) return invalid(errors);
      const after = await tx.meeting.update({ where: { id }, data: columns(input) });
      await audit({
        campusId: after.campusId,
        entityType: "meeting",
        entityId: id,
        operation: "update",
        summary: `Réunion « ${after.title} » modifiée`,
        before,
        after,
      });
      return { ok: true, id } as const;
    },
    { schema: meetingSchema, raw },
  );
}

export function deleteMeeting(user: SessionUser, id: string): Promise<Saved> {
  return deleteRecord(user, id, {
    entityType: "meeting",
    find: (tx, id) => tx.meeting.findUnique({ where: { id } }),
    remove: (tx, id) => tx.meeting.delete({ where: { id } }),
    describe: (m) => ({
      campusId: m.campusId,
      entityId: m.id,
      summary: `Réunion « ${m.title} » supprimée (restaurable depuis les archives)`,
    }),
  });
}
