import "server-only";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FormationFilters } from "@/lib/formations/filters";
import { DIPLOMA_LABELS, FORMATION_STATE_LABELS, LEVEL_LABELS, MODALITY_LABELS } from "@/lib/labels";
import type { Site } from "@/lib/site/links";
import { formationItemSchema, type FormationItem } from "../dto";
import { codeLabel, placedEntryFields } from "../mapping";
import { searchIds } from "../search";
import { publicUrls, publishedPartnerReference } from "../urls";
import { bySlug, type Page } from "./page";
import { equalsText } from "@/lib/text/like";

const PUBLISHED = { publication: "PUBLISHED" } as const;

const include = {
  campuses: { include: { campus: { select: { slug: true } } } },
  establishment: { select: { id: true, slug: true, name: true, publication: true } },
} satisfies Prisma.FormationInclude;

type Row = Prisma.FormationGetPayload<{ include: typeof include }>;

async function where(f: FormationFilters): Promise<Prisma.FormationWhereInput> {
  const and: Prisma.FormationWhereInput[] = [PUBLISHED];
  if (f.campus.length) and.push({ campuses: { some: { campus: { slug: { in: f.campus } } } } });
  if (f.diploma.length) and.push({ diploma: { in: f.diploma } });
  if (f.level.length) and.push({ level: { in: f.level } });
  if (f.modality.length) and.push({ modalities: { hasSome: f.modality } });
  if (f.state.length) and.push({ state: { in: f.state } });
  if (f.departement) and.push({ departement: f.departement });
  if (f.commune) and.push({ commune: equalsText(f.commune) });
  if (f.establishment) and.push({ establishment: { slug: f.establishment, ...PUBLISHED } });
  if (f.q) and.push({ id: { in: await searchIds("formations", f.q) } });
  return { AND: and };
}

function toItem(f: Row, site: Site): FormationItem {
  return formationItemSchema.parse({
    ...placedEntryFields(f, publicUrls.formation(site, f.slug)),
    title: f.title,
    diploma: codeLabel(f.diploma, DIPLOMA_LABELS),
    level: f.level,
    levelLabel: f.level ? (LEVEL_LABELS[f.level] ?? null) : null,
    modalities: f.modalities.map((m) => codeLabel(m, MODALITY_LABELS)),
    state: codeLabel(f.state, FORMATION_STATE_LABELS),
    establishment: publishedPartnerReference(site, f.establishment),
    rncp: f.rncp,
    cfd: f.cfd,
  });
}

/** One page of published formations, ordered by slug. */
export async function listFormations(
  filters: FormationFilters,
  page: Page,
  site: Site,
): Promise<FormationItem[]> {
  "use cache";
  cachedQueryRead("formations", "campuses", "organisations");
  const base = await where(filters);
  const rows = await db.formation.findMany({ ...bySlug(base, page), include });
  return rows.map((r) => toItem(r, site));
}

export async function getFormation(id: string, site: Site): Promise<FormationItem | null> {
  "use cache";
  cachedRead("formations", "campuses", "organisations");
  const row = await db.formation.findFirst({ where: { id, ...PUBLISHED }, include });
  return row ? toItem(row, site) : null;
}
