/**
 * Public reads of uploaded files: the images and documents of a published
 * action, the logos of campuses and organisations. Cached until a media
 * write (tag "media"). Bytes are never read here: pages get addresses
 * (lib/media/rules.ts) and the /media route serves the files.
 */
import { db } from "@/lib/db";
import { cachedRead } from "@/lib/cache/read";
import type { MediaOwnerKindName } from "./rules";
import { typeset } from "@/lib/text/typeset";

/** An image as a page shows it: `srcset` is built from `widths` (lib/media/rules.ts). */
export type PublicImage = {
  id: string;
  contentType: string;
  width: number;
  height: number;
  /** Empty for a decorative image. */
  alt: string;
  /** Every stored width, narrowest first (the last is `width`). */
  widths: number[];
};

export type PublicAttachment = { id: string; title: string; byteSize: number };

export type ActionMedia = { images: PublicImage[]; attachments: PublicAttachment[] };

const imageSelect = {
  id: true,
  contentType: true,
  width: true,
  height: true,
  altText: true,
  isDecorative: true,
  variants: { select: { width: true }, orderBy: { width: "asc" } },
} as const;

type ImageRow = {
  id: string;
  contentType: string;
  width: number | null;
  height: number | null;
  altText: string;
  isDecorative: boolean;
  variants: { width: number }[];
};

export function toPublicImage(row: ImageRow): PublicImage {
  const width = row.width ?? 0;
  return typeset({
    id: row.id,
    contentType: row.contentType,
    width,
    height: row.height ?? 0,
    alt: row.isDecorative ? "" : row.altText,
    widths: [...row.variants.map((v) => v.width).filter((w) => w < width), width],
  });
}

/** The images and PDF documents of a published action, in the order they were added. */
export async function getPublicActionMedia(actionId: string): Promise<ActionMedia> {
  "use cache";
  cachedRead("media", "actions");
  const published = await db.action.findFirst({
    where: { id: actionId, publication: "PUBLISHED" },
    select: { id: true },
  });
  if (!published) return { images: [], attachments: [] };
  const rows = await db.media.findMany({
    where: { ownerKind: "ACTION", ownerId: actionId, deletedAt: null, role: { in: ["IMAGE", "ATTACHMENT"] } },
    select: { ...imageSelect, role: true, title: true, byteSize: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return {
    images: rows.filter((r) => r.role === "IMAGE").map(toPublicImage),
    attachments: rows
      .filter((r) => r.role === "ATTACHMENT")
      .map((r) => ({ id: r.id, title: r.title ?? "Document", byteSize: r.byteSize })),
  };
}

/**
 * The logos uploaded for these campuses or organisations, by owner id
 * (owners without one are absent: nothing is shown for them). Logos of
 * organisations that are not published are left out.
 */
export async function getLogos(
  kind: Exclude<MediaOwnerKindName, "ACTION">,
  ownerIds: readonly string[],
): Promise<Record<string, PublicImage>> {
  "use cache";
  cachedRead("media", kind === "CAMPUS" ? "campuses" : "organisations");
  if (ownerIds.length === 0) return {};
  let ids = [...ownerIds];
  if (kind === "ORGANISATION") {
    const published = await db.organisation.findMany({
      where: { id: { in: ids }, publication: "PUBLISHED" },
      select: { id: true },
    });
    ids = published.map((o) => o.id);
  }
  const rows = await db.media.findMany({
    where: { ownerKind: kind, ownerId: { in: ids }, role: "LOGO", deletedAt: null },
    select: { ...imageSelect, ownerId: true },
    orderBy: { createdAt: "desc" },
  });
  const out: Record<string, PublicImage> = {};
  for (const row of rows) out[row.ownerId] ??= toPublicImage(row);
  return out;
}

/** The logos of published organisations, by organisation slug (for lists keyed by slug). */
export async function getOrganisationLogosBySlug(
  slugs: readonly string[],
): Promise<Record<string, PublicImage>> {
  "use cache";
  cachedRead("media", "organisations");
  if (slugs.length === 0) return {};
  const organisations = await db.organisation.findMany({
    where: { slug: { in: [...slugs] }, publication: "PUBLISHED" },
    select: { id: true, slug: true },
  });
  const byId = await getLogos(
    "ORGANISATION",
    organisations.map((o) => o.id),
  );
  return Object.fromEntries(organisations.filter((o) => byId[o.id]).map((o) => [o.slug, byId[o.id]]));
}
