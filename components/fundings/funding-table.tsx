import type { AmountBasis, FundingKind } from "@/lib/generated/prisma/enums";
import { FUNDING_KIND_LABELS } from "@/lib/labels";
import { Table } from "@/components/ui/table";
import { FundingAmount, FundingPeriod } from "./funding-amount";
import { fr } from "@/lib/text/typography";

type FundingLine = {
  kind: FundingKind;
  amountEuros: number | null;
  amountBasis: AmountBasis | null;
  startYear: number;
  endYear: number;
  isIndicative: boolean;
  purpose: string;
};

/**
 * The fundings of a page (an organisation's grants, a PFT's funders): the
 * first column names the other party of each line, the rest is the same.
 */
export function FundingTable<F extends FundingLine>({
  caption,
  partyLabel,
  party,
  fundings,
}: {
  caption: string;
  /** Heading of the first column ("Financeur", "Bénéficiaire"). */
  partyLabel: string;
  party: (funding: F) => React.ReactNode;
  fundings: F[];
}) {
  return (
    <Table id="table-financements" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{partyLabel}</th>
          <th scope="col">Nature</th>
          <th scope="col">Montant</th>
          <th scope="col">Années</th>
          <th scope="col">Objet</th>
        </tr>
      </thead>
      <tbody>
        {fundings.map((f, i) => (
          <tr key={i}>
            <th scope="row">{party(f)}</th>
            <td>{FUNDING_KIND_LABELS[f.kind]}</td>
            <td>
              <FundingAmount {...f} />
            </td>
            <td>
              <FundingPeriod {...f} />
            </td>
            <td>{fr(f.purpose)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
