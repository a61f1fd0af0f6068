/** The columns of a funding line every list of fundings shows: nature, amount, years, purpose. */
import type { Prisma } from "@/lib/generated/prisma/client";

export const fundingLineSelect = {
  kind: true,
  amountEuros: true,
  amountBasis: true,
  startYear: true,
  endYear: true,
  isIndicative: true,
  purpose: true,
} as const satisfies Prisma.FundingSelect;
