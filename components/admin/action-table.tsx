import type { AdminActionRow } from "@/lib/actions/backoffice-queries";
import { formatDateTime } from "@/lib/text/format";
import { AdminTable, RecordLink, type Column } from "./admin-table";
import { PublicationTag, StatusTag } from "./tags";

const title: Column<AdminActionRow> = {
  header: "Titre",
  cell: (a) => <RecordLink href={`/admin/actions/${a.id}`}>{a.title}</RecordLink>,
};

const campuses: Column<AdminActionRow> = {
  header: "Campus",
  cell: (a) =>
    a.campuses.map((c) => (
      <span key={c.slug} className="mr-1 inline-block">
        {c.acronym}
        {c.isLead && a.campuses.length > 1 ? " (chef de file)" : ""}
      </span>
    )),
};

const others: Column<AdminActionRow>[] = [
  { header: "Statut", cell: (a) => <StatusTag status={a.status} /> },
  { header: "Publication", cell: (a) => <PublicationTag publication={a.publication} /> },
  {
    header: "Dernière modification",
    className: "whitespace-nowrap",
    cell: (a) => formatDateTime(a.updatedAt),
  },
];

/** Actions as a table with a caption and scoped headers. */
export function ActionTable({
  rows,
  caption,
  showCampuses = true,
}: {
  rows: AdminActionRow[];
  caption: string;
  showCampuses?: boolean;
}) {
  return (
    <AdminTable
      caption={caption}
      rows={rows}
      rowKey={(a) => a.id}
      columns={[title, ...(showCampuses ? [campuses] : []), ...others]}
    />
  );
}
