/**
 * The tables of the back office: a caption, scoped column headers, and one
 * row per record whose first cell heads the row (usually the record's link).
 */
export type Column<Row> = {
  header: React.ReactNode;
  cell: (row: Row) => React.ReactNode;
  /** Extra classes of this column's cells ("whitespace-nowrap"). */
  className?: string;
};

export function AdminTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
}: {
  caption: React.ReactNode;
  captionHidden?: boolean;
  columns: [Column<Row>, ...Column<Row>[]];
  rows: Row[];
  rowKey: (row: Row) => string;
}) {
  const [heading, ...cells] = columns;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column, i) => (
              <th key={i} scope="col" className="p-2">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-line align-top">
              <th scope="row" className={`p-2 font-normal ${heading.className ?? ""}`}>
                {heading.cell(row)}
              </th>
              {cells.map((column, i) => (
                <td key={i} className={`p-2 ${column.className ?? ""}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
