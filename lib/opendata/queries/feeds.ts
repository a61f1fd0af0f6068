import "server-only";
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CampusSlug } from "@/lib/site/campuses";

/** How many actions the news feed carries (the newest). */
export const FEED_SIZE = 50;

const PUBLIC_ACTION = { publication: "PUBLISHED", campuses: { some: {} } } satisfies Prisma.ActionWhereInput;
const campusesWithLead = { select: { isLead: true, campus: { select: { slug: true } } } } as const;

export async function findCampusForFeed(slug: CampusSlug) {
  "use cache";
  cachedRead("actions", "campuses", "governance");
  return db.campus.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, acronym: true, email: true, updatedAt: true },
  });
}

/** The campus's published actions (lead or co-owner), newest publication first. */
export async function findFeedActions(campusSlug: CampusSlug) {
  "use cache";
  cachedRead("actions", "campuses", "governance");
  return db.action.findMany({
    where: { ...PUBLIC_ACTION, campuses: { some: { campus: { slug: campusSlug } } } },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      campuses: campusesWithLead,
    },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }, { id: "asc" }],
    take: FEED_SIZE,
  });
}

/** Published actions that have a start date (the calendar keeps those known to the day). */
export async function findDatedActions(campusSlug: CampusSlug | null) {
  "use cache";
  cachedRead("actions", "campuses", "governance");
  return db.action.findMany({
    where: {
      ...PUBLIC_ACTION,
      startDate: { not: null },
      ...(campusSlug ? { campuses: { some: { campus: { slug: campusSlug } } } } : {}),
    },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
      updatedAt: true,
      campuses: campusesWithLead,
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
}

/** Governance meetings: all of them on the hub, a campus's own on its sub-site. */
export async function findMeetings(campusSlug: CampusSlug | null) {
  "use cache";
  cachedRead("actions", "campuses", "governance");
  return db.meeting.findMany({
    where: campusSlug
      ? {
          OR: [
            { campus: { slug: campusSlug } },
            { campusId: null, instance: { campus: { slug: campusSlug } } },
          ],
        }
      : {},
    select: {
      id: true,
      title: true,
      description: true,
      date: true,
      datePrecision: true,
      city: true,
      updatedAt: true,
      campus: { select: { slug: true, acronym: true } },
      instance: { select: { name: true } },
    },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  });
}
