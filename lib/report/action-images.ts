/**
 * The images of the PDF and DOCX exports — an action's first image, drawn
 * under its entry at a modest size, and the cover's logos — loaded once per
 * export (lib/media/report-images.ts), each with its alternative text.
 */
import { ImageRun, Paragraph } from "docx";
import {
  coverLogos,
  loadReportImages,
  type ReportImage,
  type ReportImageReader,
} from "@/lib/media/report-images";
import { COVER_IDENTITIES } from "./layout";
import type { ReportDocument } from "./types";

/** The images of a document's actions, by media id. */
export type ReportImages = ReadonlyMap<string, ReportImage>;

export const NO_IMAGES: ReportImages = new Map();

export function loadActionImages(doc: ReportDocument, client?: ReportImageReader): Promise<ReportImages> {
  return loadReportImages(
    [
      ...doc.actions.flatMap((a) => (a.image ? [a.image] : [])),
      ...doc.campuses.flatMap((c) => (c.logo ? [c.logo] : [])),
      ...Object.values(doc.organisationLogos ?? {}),
    ],
    client,
  );
}

/**
 * The document with the logos uploaded in the back office now: its
 * campuses' and its cover institutions' (read at each export, so a logo
 * uploaded after an edition was validated shows on its cover too).
 */
export async function withCoverLogos(
  doc: ReportDocument,
  client?: ReportImageReader,
): Promise<ReportDocument> {
  const logos = await coverLogos(
    doc.campuses.map((c) => c.slug),
    COVER_IDENTITIES.map((i) => i.organisationKey),
    client,
  );
  return {
    ...doc,
    campuses: doc.campuses.map(({ logo: _old, ...c }) => {
      const logo = logos.campuses.get(c.slug);
      return logo ? { ...c, logo } : c;
    }),
    organisationLogos: Object.fromEntries(logos.organisations),
  };
}

/** The size an image is shown at, in points: at most `maxWidth` × `maxHeight`, proportions kept. */
export function fitted(image: Pick<ReportImage, "width" | "height">, maxWidth = 220, maxHeight = 150) {
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1);
  return { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}

/** Draws the image at the writer's position, and moves below it. */
export function drawPdfImage(
  w: { doc: PDFKit.PDFDocument; ensure: (height: number) => void; gap: (points: number) => void },
  image: ReportImage,
  x: number,
) {
  const size = fitted(image);
  w.ensure(size.height + 8);
  const y = w.doc.y;
  w.doc.image(image.bytes, x, y, size);
  w.doc.x = x;
  w.doc.y = y + size.height;
  w.gap(8);
}

/** A paragraph holding the image, described by its alternative text. */
export function docxImageParagraph(image: ReportImage, title: string): Paragraph {
  const size = fitted(image);
  // Points → pixels at 96 dpi, as docx expects.
  const px = (pt: number) => Math.round((pt * 96) / 72);
  return new Paragraph({
    spacing: { after: 120 },
    indent: { left: 240 },
    children: [
      new ImageRun({
        type: image.contentType === "image/png" ? "png" : "jpg",
        data: image.bytes,
        transformation: { width: px(size.width), height: px(size.height) },
        altText: { name: title, title, description: image.alt || title },
      }),
    ],
  });
}
