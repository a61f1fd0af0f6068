/**
 * The tables of the back office: a caption, scoped column headers, and one
 * row per record whose first cell heads the row (usually the record's link).
 *
 * Cells break between words only, never inside one ("Projetée", not
 * "Proje/tée"), and columns size to their content; a table wider than its
 * place scrolls inside its own region. Below 640 px each row becomes a card:
 * the record's link on top, then each value under its column's label (the
 * labels are shown, not announced: the scoped headers still name the cells
 * to screen readers).
 */
import Link from "next/link";
import { EmptyList } from "./empty-list";

export type Column<Row> = {
  header: React.ReactNode;
  /** The column's label on a card (small screens), when `header` is not plain text. */
  label?: string;
  cell: (row: Row) => React.ReactNode;
  /** Extra classes of this column's cells ("whitespace-nowrap"). */
  className?: string;
};

const labelOf = <Row,>(column: Column<Row>): string | undefined =>
  column.label ?? (typeof column.header === "string" ? column.header : undefined);

export function AdminTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: React.ReactNode;
  captionHidden?: boolean;
  columns: [Column<Row>, ...Column<Row>[]];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** What the list says instead of an empty table when it has no row. */
  empty?: React.ReactNode;
}) {
  if (empty && rows.length === 0) return <EmptyList>{empty}</EmptyList>;
  const [heading, ...cells] = columns;
  return (
    <div className="sm:overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm wrap-normal max-sm:block">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold max-sm:block"}>
          {caption}
        </caption>
        <thead className="max-sm:sr-only">
          <tr className="border-b-2 border-ink">
            {columns.map((column, i) => (
              <th key={i} scope="col" className="p-2 align-bottom">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:flex max-sm:flex-col max-sm:gap-3">
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className="border-b border-line align-top max-sm:flex max-sm:flex-col max-sm:gap-1 max-sm:rounded max-sm:border max-sm:p-3"
            >
              <th
                scope="row"
                className={`p-2 font-normal max-sm:p-0 max-sm:text-base max-sm:wrap-anywhere ${heading.className ?? ""}`}
              >
                {heading.cell(row)}
              </th>
              {cells.map((column, i) => {
                const label = labelOf(column);
                return (
                  <td
                    key={i}
                    className={`p-2 max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-x-2 max-sm:p-0 max-sm:wrap-anywhere ${column.className ?? ""}`}
                  >
                    {label ? (
                      <span aria-hidden="true" className="font-semibold text-muted sm:hidden">
                        {label}
                      </span>
                    ) : null}
                    <div className="min-w-0">{column.cell(row)}</div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The link from a row to its record's screen, usually in the row's heading cell. */
export function RecordLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="font-semibold">
      {children}
    </Link>
  );
}
