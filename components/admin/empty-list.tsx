/** What a back-office list says when it has no row, instead of an empty table. */
export function EmptyList({ children }: { children: React.ReactNode }) {
  return <p className="rounded border border-line bg-subtle p-4">{children}</p>;
}
