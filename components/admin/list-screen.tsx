/**
 * The screen of one kind of record in the back office: the page's header with
 * its button to create one, what to know after an operation (a deletion), and
 * the table of the records captioned with their count ("12 financements").
 */
import { ButtonLink } from "@/components/ui/button-link";
import { formatCount, type PluralForms } from "@/lib/text/plural";
import { AdminTable, type Column } from "./admin-table";
import { AdminPageHeader } from "./page-header";

export function AdminListScreen<Row extends { id: string }>({
  title,
  lead,
  create,
  notice,
  counted,
  rows,
  columns,
  empty,
}: {
  title: React.ReactNode;
  lead?: React.ReactNode;
  create: { href: string; label: string };
  notice?: React.ReactNode;
  /** What the caption counts: plural("financement"). */
  counted: PluralForms;
  rows: Row[];
  /** The first column heads each row: usually a RecordLink. */
  columns: [Column<Row>, ...Column<Row>[]];
  empty?: React.ReactNode;
}) {
  return (
    <>
      <AdminPageHeader
        title={title}
        lead={lead}
        actions={<ButtonLink href={create.href}>{create.label}</ButtonLink>}
      />
      {notice}
      <AdminTable
        caption={formatCount(rows.length, counted)}
        rows={rows}
        rowKey={(row) => row.id}
        columns={columns}
        empty={empty}
      />
    </>
  );
}
