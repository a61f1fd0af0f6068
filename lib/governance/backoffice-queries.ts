import "server-only";
/** Governance instances and meetings, for the coordinator. */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { typeset } from "@/lib/text/typeset";

export async function listMeetingsForAdmin(user: SessionUser) {
  if (!canManageDirectories(user)) return [];
  const rows = await db.meeting.findMany({
    orderBy: { date: "desc" },
    select: {
      id: true,
      date: true,
      datePrecision: true,
      title: true,
      city: true,
      instance: { select: { name: true } },
      campus: { select: { acronym: true } },
    },
  });
  return typeset(rows);
}

export async function getMeetingForEdit(user: SessionUser, id: string) {
  if (!canManageDirectories(user) || !id || id.length > 64) return null;
  return db.meeting.findUnique({ where: { id } });
}

export async function meetingChoices(user: SessionUser) {
  if (!canManageDirectories(user)) return null;
  const [instances, campuses] = await Promise.all([
    db.governanceInstance.findMany({
      orderBy: { position: "asc" },
      select: { id: true, name: true, campus: { select: { acronym: true } } },
    }),
    db.campus.findMany({ orderBy: { position: "asc" }, select: { id: true, acronym: true, name: true } }),
  ]);
  return {
    instances: instances.map((i) => ({
      value: i.id,
      label: typeset(i.campus ? `${i.name} (${i.campus.acronym})` : i.name),
    })),
    campuses: campuses.map((c) => ({ value: c.id, label: typeset(`${c.acronym} — ${c.name}`) })),
  };
}
