import "server-only";
/**
 * What the /media route serves: one stored copy of a file, found by its id
 * and the name asked for (`<width>.<ext>` for an image, `document.pdf` for
 * a PDF). A deleted file, an unknown width or a wrong extension is not
 * found. Files of pages that are not public (a draft action, an organisation
 * awaiting validation) are served only to a user who may manage them, and
 * are not cached.
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { findManagedOwner, isOwnerPublic } from "./owners";
import { extensionOf } from "./rules";

export type ServedFile = {
  bytes: Uint8Array;
  contentType: string;
  /** Strong validator: the stored bytes never change for a name. */
  etag: string;
  isPublic: boolean;
  isImage: boolean;
};

const FILE_NAME = /^(?:(\d{1,5})\.(jpg|png)|document\.pdf)$/;

/** The file, or null (404). `user` is read only for files of pages that are not public. */
export async function findServedFile(
  id: string,
  name: string,
  currentUser: () => Promise<SessionUser | null>,
): Promise<ServedFile | null> {
  const match = FILE_NAME.exec(name);
  if (!match || id.length > 64) return null;
  const media = await db.media.findFirst({
    where: { id, deletedAt: null },
    select: { ownerKind: true, ownerId: true, contentType: true, width: true, sha256: true },
  });
  if (!media) return null;
  const isImage = media.contentType.startsWith("image/");
  const width = match[1] ? Number(match[1]) : null;
  if (isImage !== (width !== null)) return null;
  if (isImage && match[2] !== extensionOf(media.contentType)) return null;

  const isPublic = await isOwnerPublic(db, media.ownerKind, media.ownerId);
  if (!isPublic) {
    const user = await currentUser();
    if (!user || !(await findManagedOwner(db, user, media.ownerKind, media.ownerId))) return null;
  }

  let bytes: Uint8Array | null = null;
  if (!isImage || width === media.width) {
    bytes = (await db.media.findUnique({ where: { id }, select: { bytes: true } }))?.bytes ?? null;
  } else if (width !== null) {
    bytes =
      (
        await db.mediaVariant.findUnique({
          where: { mediaId_width: { mediaId: id, width } },
          select: { bytes: true },
        })
      )?.bytes ?? null;
  }
  if (!bytes) return null;
  return {
    bytes,
    contentType: media.contentType,
    etag: `"${media.sha256.slice(0, 32)}-${width ?? "pdf"}"`,
    isPublic,
    isImage,
  };
}
