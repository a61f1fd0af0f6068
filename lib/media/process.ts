import "server-only";
/**
 * Turns an uploaded image into what is stored: turned upright, re-encoded
 * (so its metadata — EXIF, GPS, comments, colour profile — is dropped and
 * nothing but pixels remains), capped in size, and copied at each
 * responsive width. JPEG for opaque images, PNG for images with
 * transparency (logos): both are read by every browser and by the report
 * exports (PDF, DOCX).
 */
import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { MAX_IMAGE_PIXELS, MAX_STORED_WIDTH, MEDIA_MESSAGES, variantWidths } from "./rules";

export type EncodedImage = { width: number; height: number; bytes: Buffer };

export type ProcessedImage = {
  contentType: "image/jpeg" | "image/png";
  /** The full stored size (its width is the last of `variants`'). */
  master: EncodedImage;
  /** Smaller copies, narrowest first. */
  variants: EncodedImage[];
};

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The image ready to store, or the French message of why it cannot be. */
export async function processImage(input: Uint8Array): Promise<ProcessedImage | { refusal: string }> {
  const source = () => sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" });
  let meta: Metadata;
  try {
    meta = await source().metadata();
  } catch (error) {
    const tooLarge = error instanceof Error && /pixel limit/i.test(error.message);
    return { refusal: tooLarge ? MEDIA_MESSAGES.tooManyPixels : MEDIA_MESSAGES.unreadableImage };
  }
  if (!meta.width || !meta.height || !["jpeg", "png", "webp"].includes(meta.format ?? ""))
    return { refusal: MEDIA_MESSAGES.unreadableImage };
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) return { refusal: MEDIA_MESSAGES.tooManyPixels };

  // Width and height once turned upright (EXIF orientations 5–8 swap them).
  const swapped = (meta.orientation ?? 1) >= 5;
  const uprightWidth = swapped ? meta.height : meta.width;
  const storedWidth = Math.min(uprightWidth, MAX_STORED_WIDTH);
  const isPng = meta.hasAlpha === true;

  const encode = async (width: number): Promise<EncodedImage> => {
    const pipeline = source().rotate().resize({ width, withoutEnlargement: true });
    const out = isPng
      ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
      : pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true });
    const { data, info } = await out.toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, bytes: data };
  };

  try {
    const encoded: EncodedImage[] = [];
    for (const width of variantWidths(storedWidth)) encoded.push(await encode(width));
    const master = encoded.pop()!;
    return { contentType: isPng ? "image/png" : "image/jpeg", master, variants: encoded };
  } catch {
    return { refusal: MEDIA_MESSAGES.unreadableImage };
  }
}
