import "server-only";
/** The files of one owner as its edit screen lists them, for a user who may manage that owner. */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { findManagedOwner } from "./owners";
import { toPublicImage, type PublicImage } from "./queries";
import type { MediaOwnerKindName, MediaRoleName } from "./rules";

export type ManagedMedia = {
  id: string;
  role: MediaRoleName;
  contentType: string;
  byteSize: number;
  title: string | null;
  isDecorative: boolean;
  createdAt: Date;
  createdByName: string | null;
  /** For images and logos. */
  image: PublicImage | null;
};

/** The files of an owner, or null when the user may not manage it (unknown and foreign look the same). */
export async function listOwnerMedia(
  user: SessionUser,
  kind: MediaOwnerKindName,
  ownerId: string,
): Promise<ManagedMedia[] | null> {
  const owner = await findManagedOwner(db, user, kind, ownerId);
  if (!owner) return null;
  const rows = await db.media.findMany({
    where: { ownerKind: kind, ownerId, deletedAt: null },
    select: {
      id: true,
      role: true,
      contentType: true,
      byteSize: true,
      title: true,
      width: true,
      height: true,
      altText: true,
      isDecorative: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      variants: { select: { width: true }, orderBy: { width: "asc" } },
    },
    orderBy: [{ role: "asc" }, { position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    contentType: r.contentType,
    byteSize: r.byteSize,
    title: r.title,
    isDecorative: r.isDecorative,
    createdAt: r.createdAt,
    createdByName: r.createdBy?.name ?? null,
    image: r.role === "ATTACHMENT" ? null : toPublicImage(r),
  }));
}
