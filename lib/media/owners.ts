import "server-only";
/**
 * Who may attach files to what: a DO to the actions of their campus (owned
 * or co-owned), the coordinator to every action and to the logos of
 * campuses and organisations (funders are organisations). Also what each
 * owner's files change on the public site, and whether they are public.
 */
import type { Tx } from "@/lib/db";

/** A transaction or the client: what the owner checks read. */
export type OwnerReader = Pick<Tx, "action" | "campus" | "organisation">;
import type { SessionUser } from "@/lib/auth/types";
import { campusScope, campusUserMustKeep, canManageDirectories } from "@/lib/auth/permissions";
import type { CacheTag } from "@/lib/cache/tags";
import type { MediaOwnerKindName } from "./rules";

export type MediaOwner = {
  kind: MediaOwnerKindName;
  id: string;
  /** How the audit log names it after "ajouté" and after "supprimé". */
  label: { to: string; from: string };
  /** The campus the audit row is filed under. */
  campusId: string | null;
  /** The owner's public pages. */
  tag: CacheTag;
  isArchived: boolean;
};

const OWNER_TAGS: Record<MediaOwnerKindName, CacheTag> = {
  ACTION: "actions",
  CAMPUS: "campuses",
  ORGANISATION: "organisations",
};

/**
 * The owner `user` may attach files to, or null: an unknown id, another
 * campus's action and a directory record for a DO all look the same.
 */
export async function findManagedOwner(
  tx: OwnerReader,
  user: SessionUser,
  kind: MediaOwnerKindName,
  id: string,
): Promise<MediaOwner | null> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
  const tag = OWNER_TAGS[kind];
  if (kind === "ACTION") {
    const action = await tx.action.findFirst({
      where: { id, ...campusScope(user) },
      select: {
        id: true,
        title: true,
        publication: true,
        campuses: { select: { campusId: true, isLead: true } },
      },
    });
    if (!action) return null;
    const lead = action.campuses.find((c) => c.isLead) ?? action.campuses[0];
    return {
      kind,
      id,
      tag,
      label: { to: `à l'action « ${action.title} »`, from: `de l'action « ${action.title} »` },
      campusId: campusUserMustKeep(user) ?? lead?.campusId ?? null,
      isArchived: action.publication === "ARCHIVED",
    };
  }
  if (!canManageDirectories(user)) return null;
  if (kind === "CAMPUS") {
    const campus = await tx.campus.findUnique({ where: { id }, select: { id: true, acronym: true } });
    return campus
      ? {
          kind,
          id,
          tag,
          label: { to: `au campus ${campus.acronym}`, from: `du campus ${campus.acronym}` },
          campusId: campus.id,
          isArchived: false,
        }
      : null;
  }
  const organisation = await tx.organisation.findUnique({
    where: { id },
    select: { id: true, name: true, publication: true },
  });
  return organisation
    ? {
        kind,
        id,
        tag,
        label: {
          to: `à l'organisation « ${organisation.name} »`,
          from: `de l'organisation « ${organisation.name} »`,
        },
        campusId: null,
        isArchived: organisation.publication === "ARCHIVED",
      }
    : null;
}

/** Whether the owner's page is public, so its files may be served to anyone. */
export async function isOwnerPublic(tx: OwnerReader, kind: MediaOwnerKindName, id: string): Promise<boolean> {
  if (kind === "CAMPUS") return !!(await tx.campus.findUnique({ where: { id }, select: { id: true } }));
  if (kind === "ACTION")
    return !!(await tx.action.findFirst({ where: { id, publication: "PUBLISHED" }, select: { id: true } }));
  return !!(await tx.organisation.findFirst({
    where: { id, publication: "PUBLISHED" },
    select: { id: true },
  }));
}
