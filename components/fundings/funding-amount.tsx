import type { AmountBasis } from "@/lib/generated/prisma/enums";
import { formatEuros, formatYearRange } from "@/lib/text/format";

/** "15 000 € par an (a priori)", "20 000 €", or "Montant non précisé". */
export function FundingAmount({
  amountEuros,
  amountBasis,
  isIndicative,
}: {
  amountEuros: number | null;
  amountBasis: AmountBasis | null;
  isIndicative: boolean;
}) {
  if (amountEuros === null) return <span className="text-muted">Montant non précisé</span>;
  return (
    <span className="whitespace-nowrap">
      {formatEuros(amountEuros)}
      {amountBasis === "PER_YEAR" ? " par an" : ""}
      {isIndicative ? " (a priori)" : ""}
    </span>
  );
}

export function FundingPeriod({ startYear, endYear }: { startYear: number; endYear: number }) {
  return <span className="whitespace-nowrap">{formatYearRange(startYear, endYear)}</span>;
}
