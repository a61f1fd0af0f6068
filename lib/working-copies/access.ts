import "server-only";
/**
 * Who may keep a working copy of a form: only someone who may save that
 * form for that record now (an action in their scope and not archived, a
 * chapter of their campus in an edition still open…). Their copy is theirs
 * alone: every read and write also carries their user id.
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { campusScope, isCampusDirector, isCoordinator } from "@/lib/auth/permissions";
import { canManageEdition, canWriteCampusChapter } from "@/lib/report/access";
import { isCampusSlug } from "@/lib/site/campuses";
import { NEW_ACTION_KEY, type WorkingCopyRef } from "./schema";

const YEAR = /^(\d{4})$/;
const CHAPTER = /^(\d{4}):([a-z]+)$/;

async function editionIsOpen(year: number): Promise<boolean> {
  const edition = await db.reportEdition.findUnique({ where: { year }, select: { status: true } });
  return edition?.status !== "VALIDATED";
}

export async function mayKeepWorkingCopy(
  user: SessionUser,
  { form, recordKey }: WorkingCopyRef,
): Promise<boolean> {
  switch (form) {
    case "action": {
      if (recordKey === NEW_ACTION_KEY)
        return isCoordinator(user) || (isCampusDirector(user) && !!user.campusId);
      const action = await db.action.findFirst({
        where: { id: recordKey, publication: { not: "ARCHIVED" }, ...campusScope(user) },
        select: { id: true },
      });
      return action !== null;
    }
    case "report-campus": {
      const m = CHAPTER.exec(recordKey);
      if (!m || !isCampusSlug(m[2])) return false;
      const campus = await db.campus.findUnique({ where: { slug: m[2] }, select: { id: true } });
      return !!campus && canWriteCampusChapter(user, campus.id) && (await editionIsOpen(Number(m[1])));
    }
    case "report-region": {
      const m = YEAR.exec(recordKey);
      return !!m && canManageEdition(user) && (await editionIsOpen(Number(m[1])));
    }
  }
}
