/**
 * The rules of uploaded files, pure so that the browser applies the same
 * limits before sending (lib/media/mutations.ts applies them again): which
 * types are accepted, decided from the bytes and never from the name; the
 * size limit; the widths images are served at; their public addresses.
 */
import { NARROW_NBSP, NBSP } from "@/lib/text/typography";

export type MediaType = "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
export type MediaRoleName = "IMAGE" | "ATTACHMENT" | "LOGO";
export type MediaOwnerKindName = "ACTION" | "CAMPUS" | "ORGANISATION";

/** The largest file accepted (10 Mo). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The most pixels an uploaded image may have (a decompression bomb is refused before decoding). */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** The widths an image is served at, for `srcset` (never wider than the image itself). */
export const RESPONSIVE_WIDTHS = [320, 640, 1024, 1600] as const;
/** Images wider than this are stored at this width. */
export const MAX_STORED_WIDTH = 2000;

const MEGABYTES = Math.round(MAX_UPLOAD_BYTES / (1024 * 1024));

/** The French messages of a refused upload, by cause. */
export const MEDIA_MESSAGES = {
  missingFile: "Choisissez un fichier à envoyer.",
  tooLarge: `Le fichier dépasse la taille maximale de ${MEGABYTES}${NBSP}Mo${NBSP}: réduisez-le puis réessayez.`,
  notImage: `Ce fichier n’est pas une image JPEG, PNG ou WebP (son contenu a été vérifié, pas seulement son nom)${NBSP}: choisissez une photo ou une affiche.`,
  notPdf: `Ce fichier n’est pas un document PDF (son contenu a été vérifié, pas seulement son nom).`,
  unreadableImage: `Cette image est illisible ou abîmée${NBSP}: enregistrez-la de nouveau puis réessayez.`,
  tooManyPixels: `Cette image est trop grande (${MAX_IMAGE_PIXELS / 1_000_000}${NBSP}millions de pixels au plus)${NBSP}: réduisez-la puis réessayez.`,
  missingAlt: `Saisissez le texte alternatif de l’image, ou cochez «${NARROW_NBSP}Image décorative${NARROW_NBSP}» si elle n’apporte aucune information.`,
  missingTitle: "Saisissez le titre du document, tel qu’il apparaîtra dans le lien.",
} as const;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The type of a file, read from its first bytes (magic numbers): JPEG, PNG,
 * WebP or PDF, or null for anything else, whatever its name says.
 */
export function sniffMediaType(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}

export const isImageType = (type: MediaType | string) => type.startsWith("image/");

/** The types a role accepts. */
export function acceptsType(role: MediaRoleName, type: MediaType): boolean {
  return role === "ATTACHMENT" ? type === "application/pdf" : isImageType(type);
}

/** The `accept` attribute of the file field of a role (a hint to the browser; the bytes decide). */
export function acceptAttribute(role: MediaRoleName): string {
  return role === "ATTACHMENT"
    ? "application/pdf,.pdf"
    : "image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp";
}

/** The refusal of a file of this size, or null. Also checked in the browser before sending. */
export function sizeRefusal(byteSize: number): string | null {
  if (byteSize <= 0) return MEDIA_MESSAGES.missingFile;
  return byteSize > MAX_UPLOAD_BYTES ? MEDIA_MESSAGES.tooLarge : null;
}

/** The widths of the stored copies of an image `width` pixels wide (its own width last). */
export function variantWidths(width: number): number[] {
  return [...RESPONSIVE_WIDTHS.filter((w) => w < width), width];
}

/** The file extension of a stored type. */
export function extensionOf(contentType: string): string {
  switch (contentType) {
    case "image/jpeg":
      return "jpg";
    case "image/png":
      return "png";
    case "image/webp":
      return "webp";
    default:
      return "pdf";
  }
}

/** The type served for an extension of a media address, or null. */
export function typeOfExtension(extension: string): string | null {
  return (
    { jpg: "image/jpeg", png: "image/png", webp: "image/webp", pdf: "application/pdf" }[extension] ?? null
  );
}

/** The address of one width of an image (`/media/<id>/<width>.<ext>`), served on every host. */
export function mediaImagePath(media: { id: string; contentType: string }, width: number): string {
  return `/media/${media.id}/${width}.${extensionOf(media.contentType)}`;
}

/** The address of a PDF (`/media/<id>/document.pdf`). */
export function mediaDocumentPath(media: { id: string }): string {
  return `/media/${media.id}/document.pdf`;
}

/** `srcset` of an image: one address per stored width. */
export function mediaSrcSet(media: { id: string; contentType: string; widths: readonly number[] }): string {
  return media.widths.map((w) => `${mediaImagePath(media, w)} ${w}w`).join(", ");
}

/** "1,2 Mo", "350 ko": the size of a file as a person reads it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })}${NBSP}Mo`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("fr-FR")}${NBSP}ko`;
}
