import "server-only";
import { cachedRead } from "@/lib/cache/read";
/**
 * A campus's year as the validated edition froze it, for the public
 * "Bilan <année>" page: the narrative sections and the year's actions as
 * they were at validation, whatever happened to them since.
 */
import { cache } from "react";
import type { ActionStatus, Audience } from "@/lib/generated/prisma/enums";
import { ACTION_STATUS_ORDER } from "@/lib/labels";
import type { CampusSlug } from "@/lib/site/campuses";
import { getValidatedReport } from "./queries";
import { CAMPUS_SECTION_KEYS, type CampusSectionKey } from "./sections";
import { typeset } from "@/lib/text/typeset";

export type FrozenCampusRef = { slug: CampusSlug; acronym: string; name: string; color: string };

export type FrozenAction = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: ActionStatus;
  period: string | null;
  audiences: Audience[];
  reportYears: number[];
  campuses: (FrozenCampusRef & { isLead: boolean })[];
};

export type FrozenCampusYear = {
  campus: FrozenCampusRef;
  year: number;
  validatedAt: string | null;
  sections: { key: CampusSectionKey; body: string }[];
  groups: { status: ActionStatus; actions: FrozenAction[] }[];
  actionCount: number;
};

/** One read of a validated edition's snapshot per request, however many campuses ask. */
const validatedRegionReport = cache((year: number) => getValidatedReport(year));

/** The validated edition's view of one campus's year, or null when the year is not validated. */
export async function getFrozenCampusYear(slug: CampusSlug, year: number): Promise<FrozenCampusYear | null> {
  "use cache";
  cachedRead("reports", "campuses");
  const region = await validatedRegionReport(year);
  const campus = region?.campuses.find((c) => c.slug === slug);
  if (!region || !campus) return null;
  const refs = new Map(
    region.campuses.map((c) => [c.slug, { slug: c.slug, acronym: c.acronym, name: c.name, color: c.color }]),
  );
  const actions: FrozenAction[] = region.actions
    .filter((a) => a.campuses.some((c) => c.slug === slug))
    .map((a) => ({
      id: a.id,
      slug: a.slug,
      title: a.title,
      summary: a.summary,
      status: a.status,
      period: a.period,
      audiences: a.audiences.map((x) => x.code),
      reportYears: [year],
      campuses: a.campuses.flatMap((c) => {
        const ref = refs.get(c.slug);
        return ref ? [{ ...ref, isLead: c.isLead }] : [];
      }),
    }));
  const sections = CAMPUS_SECTION_KEYS.map((key) => ({ key, body: campus.narrative[key] })).filter((s) =>
    s.body.trim(),
  );
  // Nothing frozen for this campus: no page, as when the live data has nothing.
  if (sections.length === 0 && actions.length === 0) return null;
  return typeset({
    campus: refs.get(slug)!,
    year,
    validatedAt: region.edition.validatedAt,
    sections,
    groups: ACTION_STATUS_ORDER.map((status) => ({
      status,
      actions: actions.filter((a) => a.status === status),
    })),
    actionCount: actions.length,
  });
}
