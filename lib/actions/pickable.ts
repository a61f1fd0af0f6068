import "server-only";
/**
 * Which directory records a user may link to an action (partners, related
 * formations and PFT). The coordinator may pick anything not archived. A DO
 * may pick what is published, plus drafts already tied to an action of their
 * campus (an organisation they proposed and the coordinator has not
 * validated yet): other campuses' pending proposals stay out of their sight.
 * The form's lists and the server's checks use the same rules.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { campusScope, isCoordinator } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";

const NOT_ARCHIVED = { publication: { not: "ARCHIVED" } } as const;

export function pickableOrganisations(user: SessionUser): Prisma.OrganisationWhereInput {
  if (isCoordinator(user)) return NOT_ARCHIVED;
  return {
    ...NOT_ARCHIVED,
    OR: [{ publication: "PUBLISHED" }, { actionLinks: { some: { action: campusScope(user) } } }],
  };
}

export function pickableFormations(user: SessionUser): Prisma.FormationWhereInput {
  if (isCoordinator(user)) return NOT_ARCHIVED;
  return {
    ...NOT_ARCHIVED,
    OR: [{ publication: "PUBLISHED" }, { actions: { some: { action: campusScope(user) } } }],
  };
}

export function pickablePlatforms(user: SessionUser): Prisma.PlatformWhereInput {
  if (isCoordinator(user)) return NOT_ARCHIVED;
  return {
    ...NOT_ARCHIVED,
    OR: [{ publication: "PUBLISHED" }, { actions: { some: { action: campusScope(user) } } }],
  };
}
