import "server-only";
/**
 * Writes of uploaded files: adding one (checked, re-encoded, stored with its
 * copies) and deleting one (soft: `deletedAt`, like everything deleted from
 * the back office). The owner is loaded in the user's scope first (lib/media/
 * owners.ts); a refusal stores nothing. Each write is audited, which
 * invalidates the pages showing media and those of the owner.
 */
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { recordAudit } from "@/lib/audit/log";
import {
  fieldErrorsOf,
  forbidden,
  invalid,
  invalidForm,
  notFound,
  type FieldErrors,
  type Result,
} from "@/lib/result";
import { findManagedOwner, type MediaOwner } from "./owners";
import { processImage, sha256Hex, type ProcessedImage } from "./process";
import { acceptsType, MEDIA_MESSAGES, sizeRefusal, sniffMediaType, type MediaType } from "./rules";
import { mediaUploadSchema, roleFitsOwner, type MediaUploadInput } from "./schema";

export type MediaSaved = Result<{ id: string }>;

const ARCHIVED_OWNER = "Cet élément est archivé : restaurez-le avant d'y ajouter des fichiers.";

/** What the audit log keeps of a file (never its bytes). */
function describe(media: {
  id: string;
  ownerKind: string;
  ownerId: string;
  role: string;
  contentType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  altText: string;
  isDecorative: boolean;
  title: string | null;
}) {
  const { id, ownerKind, ownerId, role, contentType, byteSize, width, height, altText, isDecorative, title } =
    media;
  return { id, ownerKind, ownerId, role, contentType, byteSize, width, height, altText, isDecorative, title };
}

const ROLE_WORDS = { IMAGE: "Image", ATTACHMENT: "Document", LOGO: "Logo" } as const;

/** The field errors of the text fields, before the file is read. */
function textErrors(input: MediaUploadInput): FieldErrors {
  const errors: FieldErrors = {};
  if (input.role !== "ATTACHMENT" && !input.isDecorative && input.altText === "")
    errors.altText = MEDIA_MESSAGES.missingAlt;
  if (input.role === "ATTACHMENT" && input.title === "") errors.title = MEDIA_MESSAGES.missingTitle;
  return errors;
}

type Checked =
  | { kind: "pdf"; type: MediaType; bytes: Uint8Array }
  | { kind: "image"; image: ProcessedImage }
  | { refusal: string };

/** The file, sniffed and (for an image) re-encoded, or the French message of its refusal. */
async function checkFile(role: MediaUploadInput["role"], bytes: Uint8Array | null): Promise<Checked> {
  const tooLarge = sizeRefusal(bytes?.byteLength ?? 0);
  if (!bytes || tooLarge) return { refusal: tooLarge ?? MEDIA_MESSAGES.missingFile };
  const type = sniffMediaType(bytes);
  if (!type || !acceptsType(role, type))
    return { refusal: role === "ATTACHMENT" ? MEDIA_MESSAGES.notPdf : MEDIA_MESSAGES.notImage };
  if (type === "application/pdf") return { kind: "pdf", type, bytes };
  const image = await processImage(bytes);
  return "refusal" in image ? image : { kind: "image", image };
}

async function storeFile(
  tx: Tx,
  user: SessionUser,
  owner: MediaOwner,
  input: MediaUploadInput,
  file: Exclude<Checked, { refusal: string }>,
) {
  const last = await tx.media.aggregate({
    where: { ownerKind: owner.kind, ownerId: owner.id, role: input.role, deletedAt: null },
    _max: { position: true },
  });
  const isImage = file.kind === "image";
  const bytes = isImage ? file.image.master.bytes : Buffer.from(file.bytes);
  return tx.media.create({
    data: {
      ownerKind: owner.kind,
      ownerId: owner.id,
      role: input.role,
      contentType: isImage ? file.image.contentType : file.type,
      byteSize: bytes.byteLength,
      sha256: sha256Hex(bytes),
      bytes: new Uint8Array(bytes),
      width: isImage ? file.image.master.width : null,
      height: isImage ? file.image.master.height : null,
      altText: isImage && !input.isDecorative ? input.altText : "",
      isDecorative: isImage && input.isDecorative,
      title: isImage ? null : input.title,
      position: (last._max.position ?? -1) + 1,
      createdById: user.id,
      variants: isImage
        ? {
            create: file.image.variants.map((v) => ({
              width: v.width,
              height: v.height,
              byteSize: v.bytes.byteLength,
              bytes: new Uint8Array(v.bytes),
            })),
          }
        : undefined,
    },
    omit: { bytes: true },
  });
}

/**
 * Adds a file to an action (an image or a PDF) or a logo to a campus or an
 * organisation (replacing the previous logo, which is soft-deleted).
 * `fields` are the form's text fields; `file` the bytes sent, or null.
 */
export async function uploadMedia(
  user: SessionUser,
  fields: unknown,
  file: Uint8Array | null,
): Promise<MediaSaved> {
  const parsed = mediaUploadSchema.safeParse(fields);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (!roleFitsOwner(input.ownerKind, input.role))
    return invalidForm("Ce fichier ne peut pas être ajouté ici.");

  const owner = await findManagedOwner(db, user, input.ownerKind, input.ownerId);
  if (!owner) return input.ownerKind === "ACTION" ? notFound() : forbidden();
  if (owner.isArchived) return invalidForm(ARCHIVED_OWNER);

  const errors = textErrors(input);
  const checked = await checkFile(input.role, file);
  if ("refusal" in checked) errors.file = checked.refusal;
  if (Object.keys(errors).length || "refusal" in checked) return invalid(errors);

  return db.$transaction(async (tx) => {
    // Checked again inside the transaction: the action may have moved to another campus meanwhile.
    const current = await findManagedOwner(tx, user, owner.kind, owner.id);
    if (!current) return notFound();
    if (input.role === "LOGO")
      await tx.media.updateMany({
        where: { ownerKind: owner.kind, ownerId: owner.id, role: "LOGO", deletedAt: null },
        data: { deletedAt: new Date() },
      });
    const media = await storeFile(tx, user, current, input, checked);
    await recordAudit(tx, {
      actor: user,
      campusId: current.campusId,
      entityType: "media",
      entityId: media.id,
      operation: "upload",
      summary: `${ROLE_WORDS[input.role]} ajouté${input.role === "IMAGE" ? "e" : ""} ${current.label.to}`,
      after: describe(media),
      alsoInvalidates: [current.tag],
    });
    return { ok: true, id: media.id } as const;
  });
}

/** Deletes a file (soft: it stays in the database, no longer shown nor served). */
export async function deleteMedia(user: SessionUser, id: string): Promise<MediaSaved> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return notFound();
  return db.$transaction(async (tx) => {
    const media = await tx.media.findFirst({ where: { id, deletedAt: null }, omit: { bytes: true } });
    if (!media) return notFound();
    const owner = await findManagedOwner(tx, user, media.ownerKind, media.ownerId);
    if (!owner) return notFound();
    await tx.media.update({ where: { id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      actor: user,
      campusId: owner.campusId,
      entityType: "media",
      entityId: id,
      operation: "delete",
      summary: `${ROLE_WORDS[media.role]} supprimé${media.role === "IMAGE" ? "e" : ""} ${owner.label.from}`,
      before: describe(media),
      alsoInvalidates: [owner.tag],
    });
    return { ok: true, id } as const;
  });
}
