import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import { campusFullName, campusShortName } from "./names";

export type CampusSummary = {
  id: string;
  slug: CampusSlug;
  acronym: string;
  name: string;
  fullName: string;
  shortName: string;
  alias: string | null;
  color: string;
  sectors: string[];
  labelYear: number;
  email: string;
};

const summarySelect = {
  id: true,
  slug: true,
  acronym: true,
  name: true,
  alias: true,
  color: true,
  sectors: true,
  labelYear: true,
  email: true,
} as const;

function toSummary(c: { id: string; slug: string; acronym: string; name: string; alias: string | null; color: string; sectors: string[]; labelYear: number; email: string }): CampusSummary {
  if (!isCampusSlug(c.slug)) throw new Error(`Campus inattendu en base : ${c.slug}`);
  return { ...c, slug: c.slug, fullName: campusFullName(c.name), shortName: campusShortName(c.name) };
}

/** The six campuses, in the report's order. */
export const listCampuses = cache(async (): Promise<CampusSummary[]> => {
  const rows = await db.campus.findMany({ select: summarySelect, orderBy: { position: "asc" } });
  return rows.map(toSummary);
});

/** One campus with everything its home page shows, or null. */
export const getCampus = cache(async (slug: string) => {
  if (!isCampusSlug(slug)) return null;
  const c = await db.campus.findUnique({
    where: { slug },
    include: {
      porteur: { select: { id: true, slug: true, name: true, acronym: true, city: true, publication: true } },
      axes: { orderBy: { position: "asc" } },
      socialLinks: { orderBy: { position: "asc" } },
      roles: { orderBy: { role: "asc" }, include: { organisation: { select: { slug: true, name: true, publication: true } } } },
    },
  });
  if (!c) return null;
  return {
    ...toSummary(c),
    presentation: c.presentation,
    strategy: c.strategy,
    governanceNotes: c.governanceNotes,
    legalForm: c.legalForm,
    plannedLegalForm: c.plannedLegalForm,
    plannedChange: c.plannedChange,
    siteUrl: c.siteUrl,
    porteur: c.porteur && c.porteur.publication === "PUBLISHED" ? c.porteur : null,
    axes: c.axes.map((a) => ({ key: a.key, title: a.title, description: a.description })),
    socialLinks: c.socialLinks.map((l) => ({ network: l.network, url: l.url })),
    roles: c.roles.map((r) => ({
      role: r.role,
      personName: r.personName,
      note: r.note,
      organisation: r.organisation?.publication === "PUBLISHED" ? r.organisation : null,
    })),
  };
});

export type CampusDetail = NonNullable<Awaited<ReturnType<typeof getCampus>>>;
