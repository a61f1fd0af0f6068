import type { FundingColumns } from "@/lib/fundings/select";
import { FUNDING_KIND_LABELS } from "@/lib/labels";
import { Table } from "@/components/ui/table";
import { FundingAmount, FundingPeriod } from "./funding-amount";
import { fr } from "@/lib/text/typography";

/**
 * The fundings of a page (an organisation's grants, a PFT's funders): the
 * first column names the other party of each line, the rest is the same.
 */
export function FundingTable<F extends FundingColumns>({
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
