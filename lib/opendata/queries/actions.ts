import "server-only";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionFilters } from "@/lib/actions/filters";
import { formatPeriod } from "@/lib/dates/partial-date";
import { ACTION_STATUS_LABELS, AUDIENCE_LABELS, BENEFICIARY_UNIT_PLURALS } from "@/lib/labels";
import { formatBeneficiary } from "@/lib/actions/beneficiaries";
import type { Site } from "@/lib/site/links";
import { actionItemSchema, type ActionItem } from "../dto";
import { campusSlugs, codeLabel, iso, partialDate } from "../mapping";
import { searchIds } from "../search";
import { partnerReference, publicUrls } from "../urls";
import { bySlug, type Page } from "./page";

const PUBLISHED = { publication: "PUBLISHED" } as const;
/** Public actions: published, and attached to a campus (the lead campus gives their address). */
const PUBLIC_ACTION = { publication: "PUBLISHED", campuses: { some: {} } } satisfies Prisma.ActionWhereInput;

const include = {
  campuses: { include: { campus: { select: { slug: true } }, axis: { select: { key: true, title: true } } } },
  beneficiaries: { orderBy: { position: "asc" } },
  partners: {
    where: { organisation: PUBLISHED },
    include: { organisation: { select: { id: true, slug: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  },
  links: { orderBy: { position: "asc" } },
  formations: {
    where: { formation: PUBLISHED },
    include: { formation: { select: { id: true, slug: true, title: true } } },
    orderBy: { formation: { title: "asc" } },
  },
  platforms: {
    where: { platform: PUBLISHED },
    include: { platform: { select: { id: true, slug: true, name: true } } },
    orderBy: { platform: { name: "asc" } },
  },
} satisfies Prisma.ActionInclude;

type Row = Prisma.ActionGetPayload<{ include: typeof include }>;

async function where(f: ActionFilters): Promise<Prisma.ActionWhereInput> {
  const and: Prisma.ActionWhereInput[] = [PUBLIC_ACTION];
  if (f.campus.length || f.axis) {
    and.push({
      campuses: {
        some: {
          ...(f.campus.length ? { campus: { slug: { in: f.campus } } } : {}),
          ...(f.axis ? { axis: { key: f.axis } } : {}),
        },
      },
    });
  }
  if (f.status.length) and.push({ status: { in: f.status } });
  if (f.year) and.push({ reportYears: { has: f.year } });
  if (f.public.length) and.push({ audiences: { hasSome: f.public } });
  if (f.q) and.push({ id: { in: await searchIds("actions", f.q) } });
  return { AND: and };
}

function toItem(a: Row, site: Site): ActionItem {
  const campuses = campusSlugs(a.campuses);
  const leadCampus = campuses[0];
  const start = a.startDate ? { date: a.startDate, precision: a.startPrecision ?? "DAY" } : null;
  const end = a.endDate ? { date: a.endDate, precision: a.endPrecision ?? "DAY" } : null;
  return actionItemSchema.parse({
    id: a.id,
    slug: a.slug,
    url: publicUrls.action(site, leadCampus, a.slug),
    campuses,
    title: a.title,
    summary: a.summary,
    body: a.body,
    status: codeLabel(a.status, ACTION_STATUS_LABELS),
    start: partialDate(a.startDate, a.startPrecision),
    end: partialDate(a.endDate, a.endPrecision),
    period: formatPeriod(start, end),
    reportYears: a.reportYears,
    publics: a.audiences.map((p) => codeLabel(p, AUDIENCE_LABELS)),
    leadCampus,
    axes: a.campuses
      .filter((c) => c.axis)
      .map((c) => ({ campus: c.campus.slug, key: c.axis!.key, title: c.axis!.title }))
      .sort((x, y) => x.campus.localeCompare(y.campus)),
    beneficiaries: a.beneficiaries.map((b) => ({
      count: b.count,
      unit: codeLabel(b.unit, BENEFICIARY_UNIT_PLURALS),
      detail: b.detail,
      text: formatBeneficiary(b),
      public: b.audience ? codeLabel(b.audience, AUDIENCE_LABELS) : null,
    })),
    partners: a.partners.map((p) => ({ ...partnerReference(site, p.organisation), role: p.role })),
    formations: a.formations.map(({ formation: f }) => ({
      id: f.id,
      slug: f.slug,
      name: f.title,
      url: publicUrls.formation(site, f.slug),
    })),
    platforms: a.platforms.map(({ platform: p }) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      url: publicUrls.platform(site, p.slug),
    })),
    links: a.links.map((l) => ({ label: l.label, url: l.url })),
    publishedAt: iso(a.publishedAt),
    updatedAt: iso(a.updatedAt),
  });
}

/** One page of published actions, ordered by slug. */
export async function listActions(filters: ActionFilters, page: Page, site: Site): Promise<ActionItem[]> {
  "use cache";
  cachedQueryRead("actions", "campuses", "organisations", "formations", "platforms");
  const base = await where(filters);
  const rows = await db.action.findMany({ ...bySlug(base, page), include });
  return rows.map((r) => toItem(r, site));
}

/** One published action by its database id, or null. */
export async function getAction(id: string, site: Site): Promise<ActionItem | null> {
  "use cache";
  cachedRead("actions", "campuses", "organisations", "formations", "platforms");
  const row = await db.action.findFirst({ where: { id, ...PUBLIC_ACTION }, include });
  return row ? toItem(row, site) : null;
}
