/**
 * Who may read and write which part of the annual report. Pure functions,
 * applied by lib/report/queries.ts and mutations.ts (never only by a route
 * or a page):
 * - the coordinator exports the whole region (or any one campus), writes
 *   the regional parts, validates and reopens an edition;
 * - a DO exports and writes only their own campus's chapter;
 * - anonymous visitors get only validated editions, through the public
 *   download route.
 */
import { canManageCampus, isCampusDirector, isCoordinator } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";

export type Refusal = { ok: false; status: 401 | 403 | 404; message: string };
export type ExportAccess = { ok: true; campus: CampusSlug | null } | Refusal;

export const SIGN_IN_REQUIRED: Refusal = {
  ok: false,
  status: 401,
  message: "Connexion requise pour télécharger ce rapport.",
};
export const UNKNOWN_CAMPUS: Refusal = { ok: false, status: 404, message: "Ce campus n'existe pas." };
export const NOT_YOUR_CAMPUS: Refusal = {
  ok: false,
  status: 403,
  message: "Vous ne pouvez télécharger que le bilan de votre campus (paramètre campus=<votre campus>).",
};

/**
 * Which report a signed-in user may export: the coordinator the region or
 * any campus; a DO only `?campus=<own slug>`. Decided from the session,
 * never from anything else the request says.
 */
export function exportAccess(user: SessionUser | null, campusParam: string | null | undefined): ExportAccess {
  if (!user) return SIGN_IN_REQUIRED;
  const requested = campusParam?.trim() || null;
  if (requested !== null && !isCampusSlug(requested)) return UNKNOWN_CAMPUS;
  if (isCoordinator(user)) return { ok: true, campus: requested };
  if (isCampusDirector(user) && user.campusSlug && requested === user.campusSlug)
    return { ok: true, campus: requested };
  return NOT_YOUR_CAMPUS;
}

/** May this user write this campus's chapter (its seven sections)? */
export function canWriteCampusChapter(
  user: Pick<SessionUser, "role" | "campusId">,
  campusId: string,
): boolean {
  return canManageCampus(user, campusId);
}

/** Regional parts, completeness of every campus, validation and reopening. */
export function canManageEdition(user: Pick<SessionUser, "role">): boolean {
  return isCoordinator(user);
}
