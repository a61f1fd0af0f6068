/**
 * Images for the report exports (lib/report): which image an action shows
 * (its first, kept by id in the report's snapshot, so that a validated
 * edition keeps showing it even if it is deleted later: files are only ever
 * soft-deleted), and its bytes at a size fit for a printed page, in a format
 * PDF and DOCX read (JPEG or PNG: what lib/media/process.ts stores).
 */
import { db, type Tx } from "@/lib/db";

export type ReportImageRef = { mediaId: string; alt: string };

/** What reading the exports' images needs: the app's client, or another database's (benchmark). */
export type ReportImageReader = Pick<Tx, "media" | "campus" | "organisation">;

export type ReportImage = {
  bytes: Buffer;
  width: number;
  height: number;
  contentType: "image/jpeg" | "image/png";
  alt: string;
};

/** The width the exports embed (about 7 cm at 200 dpi). */
const EMBEDDED_WIDTH = 640;

/** The first image of each action that has one, by action id. */
export async function firstActionImages(
  client: Pick<Tx, "media">,
  actionIds: readonly string[],
): Promise<Map<string, ReportImageRef>> {
  if (actionIds.length === 0) return new Map();
  const rows = await client.media.findMany({
    where: { ownerKind: "ACTION", ownerId: { in: [...actionIds] }, role: "IMAGE", deletedAt: null },
    select: { id: true, ownerId: true, altText: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const out = new Map<string, ReportImageRef>();
  for (const r of rows) if (!out.has(r.ownerId)) out.set(r.ownerId, { mediaId: r.id, alt: r.altText });
  return out;
}

/**
 * The logos uploaded in the back office for a report's cover: each campus's
 * (by campus slug) and each institution's (by organisation key, published
 * organisations only). Owners without a logo are absent: nothing is drawn
 * in its place.
 */
export async function coverLogos(
  campusSlugs: readonly string[],
  organisationKeys: readonly string[],
  client: ReportImageReader = db,
): Promise<{ campuses: Map<string, ReportImageRef>; organisations: Map<string, ReportImageRef> }> {
  const [campuses, organisations] = await Promise.all([
    client.campus.findMany({ where: { slug: { in: [...campusSlugs] } }, select: { id: true, slug: true } }),
    client.organisation.findMany({
      where: { key: { in: [...organisationKeys] }, publication: "PUBLISHED" },
      select: { id: true, key: true },
    }),
  ]);
  const owners = [
    ...campuses.map((c) => ({ kind: "CAMPUS" as const, id: c.id, key: c.slug })),
    ...organisations.map((o) => ({ kind: "ORGANISATION" as const, id: o.id, key: o.key })),
  ];
  const rows = owners.length
    ? await client.media.findMany({
        where: {
          role: "LOGO",
          deletedAt: null,
          OR: [
            { ownerKind: "CAMPUS", ownerId: { in: campuses.map((c) => c.id) } },
            { ownerKind: "ORGANISATION", ownerId: { in: organisations.map((o) => o.id) } },
          ],
        },
        select: { id: true, ownerKind: true, ownerId: true, altText: true },
        orderBy: { createdAt: "desc" },
      })
    : [];
  const out = {
    campuses: new Map<string, ReportImageRef>(),
    organisations: new Map<string, ReportImageRef>(),
  };
  for (const r of rows) {
    const owner = owners.find((o) => o.kind === r.ownerKind && o.id === r.ownerId);
    const map = r.ownerKind === "CAMPUS" ? out.campuses : out.organisations;
    if (owner && !map.has(owner.key)) map.set(owner.key, { mediaId: r.id, alt: r.altText });
  }
  return out;
}

/** The bytes of these images or logos, by media id (the copy closest to EMBEDDED_WIDTH, never wider). */
export async function loadReportImages(
  refs: readonly ReportImageRef[],
  client: ReportImageReader = db,
): Promise<Map<string, ReportImage>> {
  if (refs.length === 0) return new Map();
  const rows = await client.media.findMany({
    where: { id: { in: refs.map((r) => r.mediaId) }, role: { in: ["IMAGE", "LOGO"] } },
    select: {
      id: true,
      contentType: true,
      width: true,
      height: true,
      altText: true,
      variants: { where: { width: { lte: EMBEDDED_WIDTH } }, orderBy: { width: "desc" }, take: 1 },
    },
  });
  const out = new Map<string, ReportImage>();
  for (const r of rows) {
    if (!r.width || !r.height || (r.contentType !== "image/jpeg" && r.contentType !== "image/png")) continue;
    const fitsAsIs = r.width <= EMBEDDED_WIDTH;
    const variant = r.variants[0];
    const bytes = fitsAsIs
      ? (await client.media.findUnique({ where: { id: r.id }, select: { bytes: true } }))?.bytes
      : variant?.bytes;
    if (!bytes) continue;
    out.set(r.id, {
      bytes: Buffer.from(bytes),
      width: fitsAsIs ? r.width : variant.width,
      height: fitsAsIs ? r.height : variant.height,
      contentType: r.contentType,
      alt: r.altText,
    });
  }
  return out;
}
