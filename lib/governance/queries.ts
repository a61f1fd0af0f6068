import "server-only";
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { InstanceKind, LegalForm, RoleKind } from "@/lib/generated/prisma/enums";
import { campusRefSelect, toCampusRef, type CampusRef } from "@/lib/campuses/refs";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { isoPartial } from "@/lib/dates/format";
import type { CampusSlug } from "@/lib/site/campuses";
import { typeset } from "@/lib/text/typeset";

export type MeetingDto = {
  date: string;
  iso: string;
  city: string | null;
  title: string;
  description: string;
  campus: CampusRef | null;
};

export type InstanceDto = {
  key: string;
  name: string;
  kind: InstanceKind;
  campus: CampusRef | null;
  description: string;
  composition: string;
  frequency: string | null;
  meetings: MeetingDto[];
};

const instanceSelect = {
  key: true,
  name: true,
  kind: true,
  description: true,
  composition: true,
  frequency: true,
  campus: { select: campusRefSelect },
  meetings: {
    orderBy: { date: "asc" },
    select: {
      date: true,
      datePrecision: true,
      city: true,
      title: true,
      description: true,
      campus: { select: campusRefSelect },
    },
  },
} as const;

type InstanceRow = {
  key: string;
  name: string;
  kind: InstanceKind;
  description: string;
  composition: string;
  frequency: string | null;
  campus: Parameters<typeof toCampusRef>[0] | null;
  meetings: {
    date: Date;
    datePrecision: "YEAR" | "MONTH" | "DAY";
    city: string | null;
    title: string;
    description: string;
    campus: Parameters<typeof toCampusRef>[0] | null;
  }[];
};

function toInstance(i: InstanceRow): InstanceDto {
  return typeset({
    key: i.key,
    name: i.name,
    kind: i.kind,
    campus: i.campus ? toCampusRef(i.campus) : null,
    description: i.description,
    composition: i.composition,
    frequency: i.frequency,
    meetings: i.meetings.map((m) => ({
      date: formatPartialDate(m.date, m.datePrecision),
      iso: isoPartial({ date: m.date, precision: m.datePrecision })!,
      city: m.city,
      title: m.title,
      description: m.description,
      campus: m.campus ? toCampusRef(m.campus) : null,
    })),
  });
}

/** A section of a report text, split on its "### " headings. */
export type TextSection = { title: string | null; body: string };

/** Splits Markdown on its level-3 headings (the report's sections). */
export function splitSections(markdown: string): TextSection[] {
  const sections: TextSection[] = [];
  let current: TextSection = { title: null, body: "" };
  for (const line of markdown.split("\n")) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      if (current.title || current.body.trim()) sections.push({ ...current, body: current.body.trim() });
      current = { title: heading[1], body: "" };
    } else current.body += `${line}\n`;
  }
  if (current.title || current.body.trim()) sections.push({ ...current, body: current.body.trim() });
  return sections;
}

export type CmqOverview = {
  /** Year of the latest report edition the texts come from, or null before the first one. */
  year: number | null;
  presentation: string;
  /** The report's positioning chapter (objectives, governance, communication), by section. */
  positioning: TextSection[];
  outlook: TextSection[];
  criteria: { number: number; title: string; body: string }[];
  newCampuses: { key: string; title: string; body: string }[];
  regionalInstances: InstanceDto[];
  coordination: {
    role: RoleKind;
    personName: string | null;
    note: string | null;
    organisation: { slug: string; name: string } | null;
  }[];
  porteurs: {
    campus: CampusRef;
    porteur: { slug: string; name: string } | null;
    legalForm: LegalForm;
    plannedLegalForm: LegalForm | null;
    plannedChange: string | null;
  }[];
};

/** Everything the « Les CMQ » page shows, from the latest report edition and the governance records. */
export async function getCmqOverview(): Promise<CmqOverview> {
  "use cache";
  cachedRead("governance", "campuses", "organisations", "reports");
  const [edition, instances, coordination, campuses] = await Promise.all([
    db.reportEdition.findFirst({
      orderBy: { year: "desc" },
      select: {
        year: true,
        presentation: true,
        positioning: true,
        outlook: true,
        criteria: { orderBy: { number: "asc" }, select: { number: true, title: true, body: true } },
        newCampuses: { orderBy: { position: "asc" }, select: { key: true, title: true, body: true } },
      },
    }),
    db.governanceInstance.findMany({
      where: { scope: "REGIONAL" },
      orderBy: { position: "asc" },
      select: instanceSelect,
    }),
    db.roleAssignment.findMany({
      where: { campusId: null },
      orderBy: { role: "asc" },
      select: {
        role: true,
        personName: true,
        note: true,
        organisation: { select: { slug: true, name: true, publication: true } },
      },
    }),
    db.campus.findMany({
      orderBy: { position: "asc" },
      select: {
        ...campusRefSelect,
        legalForm: true,
        plannedLegalForm: true,
        plannedChange: true,
        porteur: { select: { slug: true, name: true, publication: true } },
      },
    }),
  ]);
  return typeset({
    year: edition?.year ?? null,
    presentation: edition?.presentation ?? "",
    positioning: splitSections(edition?.positioning ?? ""),
    outlook: splitSections(edition?.outlook ?? ""),
    criteria: edition?.criteria ?? [],
    newCampuses: edition?.newCampuses ?? [],
    regionalInstances: instances.map(toInstance),
    coordination: coordination.map((r) => ({
      role: r.role,
      personName: r.personName,
      note: r.note,
      organisation:
        r.organisation?.publication === "PUBLISHED"
          ? { slug: r.organisation.slug, name: r.organisation.name }
          : null,
    })),
    porteurs: campuses.map((c) => ({
      campus: toCampusRef(c),
      porteur: c.porteur?.publication === "PUBLISHED" ? { slug: c.porteur.slug, name: c.porteur.name } : null,
      legalForm: c.legalForm,
      plannedLegalForm: c.plannedLegalForm,
      plannedChange: c.plannedChange,
    })),
  });
}

/** A campus's own instances (conseil de perfectionnement, assemblée générale) and their meetings. */
export async function listCampusInstances(campus: CampusSlug): Promise<InstanceDto[]> {
  "use cache";
  cachedRead("governance", "campuses", "organisations", "reports");
  const rows = await db.governanceInstance.findMany({
    where: { campus: { slug: campus } },
    orderBy: { position: "asc" },
    select: instanceSelect,
  });
  return rows.map(toInstance);
}
