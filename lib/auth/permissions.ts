/**
 * Who may do what. Pure functions, decided here once and applied by every
 * query and mutation of non-public data (lib/<domain>/mutations.ts and
 * backoffice-queries.ts), never only by a page, a layout or proxy.ts.
 *
 * - A DO (directeur opérationnel) manages the actions of exactly one campus:
 *   the actions that campus owns or co-owns, and nothing else.
 * - The coordinator manages everything, on every campus, plus the shared
 *   directories (organisations, formations, PFT, funding, governance) and
 *   the accounts.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "./types";

export type { SessionUser } from "./types";

/** Also for a role read from a form or a command line, before it is validated. */
export function isCoordinator(user: { role: string }): boolean {
  return user.role === "COORDINATOR";
}

/** A directeur opérationnel: the manager of one campus. */
export function isCampusDirector(user: { role: string }): boolean {
  return user.role === "DO";
}

/** May this user manage the content of this campus (its actions, its report chapter)? */
export function canManageCampus(
  user: Pick<SessionUser, "role" | "campusId">,
  campusId: string | null | undefined,
): boolean {
  if (!campusId) return false;
  if (isCoordinator(user)) return true;
  return isCampusDirector(user) && user.campusId !== null && user.campusId === campusId;
}

/** May this user edit an action owned or co-owned by these campuses? */
export function canEditAction(
  user: Pick<SessionUser, "role" | "campusId">,
  actionCampusIds: readonly string[],
): boolean {
  if (isCoordinator(user)) return true;
  return actionCampusIds.some((id) => canManageCampus(user, id));
}

/** Campuses, organisations, formations, PFT, funding, governance, imports. */
export function canManageDirectories(user: Pick<SessionUser, "role">): boolean {
  return isCoordinator(user);
}

export function canManageUsers(user: Pick<SessionUser, "role">): boolean {
  return isCoordinator(user);
}

export function canReadAuditLog(user: Pick<SessionUser, "role">): boolean {
  return isCoordinator(user);
}

/**
 * The campus an action must keep among its owners when this user saves it:
 * a DO cannot hand an action over and lose it (the coordinator can).
 */
export function campusUserMustKeep(user: Pick<SessionUser, "role" | "campusId">): string | null {
  return isCampusDirector(user) ? user.campusId : null;
}

/** How an action is tied to one of its campuses. */
export type CampusLink = { campusId: string; axisId: string | null; isLead: boolean };

/**
 * The campuses whose tie to the action this user changed without the right
 * to: a DO may add a co-owning campus, but the links other campuses already
 * have (being a co-owner, their axis, being chef de file) belong to them and
 * only their DO or the coordinator may change them.
 */
export function foreignCampusLinksChanged(
  user: Pick<SessionUser, "role" | "campusId">,
  before: readonly CampusLink[],
  after: readonly CampusLink[],
): string[] {
  if (isCoordinator(user)) return [];
  return before
    .filter((b) => b.campusId !== user.campusId)
    .filter((b) => {
      const a = after.find((x) => x.campusId === b.campusId);
      return !a || (a.axisId ?? null) !== (b.axisId ?? null) || a.isLead !== b.isLead;
    })
    .map((b) => b.campusId);
}

/** Matches nothing: the scope of a user who manages no campus. */
const NOTHING: Prisma.ActionWhereInput = { id: { in: [] } };

/**
 * The `where` fragment every back-office read and write of actions carries:
 * a DO sees the actions with an ActionCampus row for their campus, the
 * coordinator sees all. An id from the client never widens it.
 */
export function campusScope(user: Pick<SessionUser, "role" | "campusId">): Prisma.ActionWhereInput {
  if (isCoordinator(user)) return {};
  if (isCampusDirector(user) && user.campusId) return { campuses: { some: { campusId: user.campusId } } };
  return NOTHING;
}
