import "server-only";
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { campusRefSelect, toCampusRef, type CampusRef } from "@/lib/campuses/refs";
import { fundingLineSelect, type FundingLine } from "./select";
import { sortFrench } from "@/lib/text/collate";
import { typeset } from "@/lib/text/typeset";

const PUBLISHED = { publication: "PUBLISHED" } as const;

export type FundingRow = FundingLine & {
  /** The funded action (published only), linked on its lead campus. */
  action: { slug: string; title: string; campus: CampusRef } | null;
};

export type FunderSummary = {
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  rows: FundingRow[];
  /** Amounts attributable to each year: yearly amounts, and one-year totals. */
  byYear: Record<number, number>;
  /** Totals given for a multi-year period, which cannot be split by year. */
  multiYearTotal: number;
};

export type FundingOverview = {
  years: number[];
  funders: FunderSummary[];
  totalsByYear: Record<number, number>;
  multiYearTotal: number;
};

/** Amount of one funding attributable to `year`, or 0. */
export function amountForYear(
  f: Pick<FundingRow, "amountEuros" | "amountBasis" | "startYear" | "endYear">,
  year: number,
): number {
  if (f.amountEuros === null || year < f.startYear || year > f.endYear) return 0;
  if (f.amountBasis === "PER_YEAR") return f.amountEuros;
  return f.startYear === f.endYear ? f.amountEuros : 0;
}

/** Who funds what, and how much each year (the Financeurs page). */
export async function getFundingOverview(): Promise<FundingOverview> {
  "use cache";
  cachedRead("fundings", "organisations", "campuses", "platforms");
  const rows = await db.funding.findMany({
    where: { funder: PUBLISHED },
    orderBy: [{ startYear: "asc" }, { key: "asc" }],
    select: {
      ...fundingLineSelect,
      funder: { select: { slug: true, name: true, acronym: true, kind: true } },
      campus: { select: campusRefSelect },
      platform: { select: { slug: true, name: true, publication: true } },
      action: {
        select: {
          slug: true,
          title: true,
          publication: true,
          campuses: { where: { isLead: true }, select: { campus: { select: campusRefSelect } } },
        },
      },
    },
  });
  const years = [
    ...new Set(
      rows.flatMap((r) => Array.from({ length: r.endYear - r.startYear + 1 }, (_, i) => r.startYear + i)),
    ),
  ].sort();
  const funders = new Map<string, FunderSummary>();
  for (const r of rows) {
    const summary = funders.get(r.funder.slug) ?? { ...r.funder, rows: [], byYear: {}, multiYearTotal: 0 };
    const leadCampus = r.action?.campuses[0]?.campus;
    const row: FundingRow = {
      kind: r.kind,
      amountEuros: r.amountEuros,
      amountBasis: r.amountBasis,
      startYear: r.startYear,
      endYear: r.endYear,
      isIndicative: r.isIndicative,
      purpose: r.purpose,
      campus: r.campus ? toCampusRef(r.campus) : null,
      platform:
        r.platform?.publication === "PUBLISHED" ? { slug: r.platform.slug, name: r.platform.name } : null,
      action:
        r.action?.publication === "PUBLISHED" && leadCampus
          ? { slug: r.action.slug, title: r.action.title, campus: toCampusRef(leadCampus) }
          : null,
    };
    summary.rows.push(row);
    for (const y of years) {
      const amount = amountForYear(row, y);
      if (amount) summary.byYear[y] = (summary.byYear[y] ?? 0) + amount;
    }
    if (row.amountEuros !== null && row.amountBasis === "TOTAL" && row.startYear !== row.endYear)
      summary.multiYearTotal += row.amountEuros;
    funders.set(r.funder.slug, summary);
  }
  const list = sortFrench([...funders.values()], (f) => f.name);
  const totalsByYear: Record<number, number> = {};
  for (const y of years) totalsByYear[y] = list.reduce((sum, f) => sum + (f.byYear[y] ?? 0), 0);
  return typeset({
    years,
    funders: list,
    totalsByYear,
    multiYearTotal: list.reduce((s, f) => s + f.multiYearTotal, 0),
  });
}
