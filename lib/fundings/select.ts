/** The columns of a funding line every list of fundings shows: nature, amount, years, purpose. */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CampusRef } from "@/lib/campuses/refs";

export const fundingLineSelect = {
  kind: true,
  amountEuros: true,
  amountBasis: true,
  startYear: true,
  endYear: true,
  /** "a priori" amounts the report gives as planned, not as paid. */
  isIndicative: true,
  purpose: true,
} as const satisfies Prisma.FundingSelect;

/** Those columns, read. */
export type FundingColumns = Prisma.FundingGetPayload<{ select: typeof fundingLineSelect }>;

/** A funding line on a public page: its columns, the campus and the PFT it funds (published only). */
export type FundingLine = FundingColumns & {
  campus: CampusRef | null;
  platform: { slug: string; name: string } | null;
};
