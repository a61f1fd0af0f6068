import "server-only";
/** The files of one owner as its edit screen lists them, for a user who may manage that owner. */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { findManagedOwner } from "./owners";
import { toPublicImage, type ActionMedia, type PublicImage } from "./queries";
import type { MediaOwnerKindName, MediaRoleName } from "./rules";
import { typeset } from "@/lib/text/typeset";

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
    title: typeset(r.title),
    isDecorative: r.isDecorative,
    createdAt: r.createdAt,
    createdByName: typeset(r.createdBy?.name ?? null),
    image: r.role === "ATTACHMENT" ? null : toPublicImage(r),
  }));
}

/** An action's files as its public page will show them, for the preview of a draft (null out of scope). */
export async function getActionMediaPreview(
  user: SessionUser,
  actionId: string,
): Promise<ActionMedia | null> {
  const items = await listOwnerMedia(user, "ACTION", actionId);
  if (!items) return null;
  return {
    images: items.flatMap((m) => (m.role === "IMAGE" && m.image ? [m.image] : [])),
    attachments: items
      .filter((m) => m.role === "ATTACHMENT")
      .map((m) => ({ id: m.id, title: m.title ?? "Document", byteSize: m.byteSize })),
  };
}
