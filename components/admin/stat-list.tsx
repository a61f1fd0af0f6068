/** Counts shown as a definition list: label, then the number. */
export function StatList({
  items,
  label,
}: {
  items: { label: string; value: number; href?: string }[];
  label: string;
}) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {items.map((i) => (
        <div key={i.label} className="rounded border border-line bg-surface p-4">
          <dt className="text-sm text-muted">{i.label}</dt>
          <dd className="text-3xl font-bold">{i.href ? <a href={i.href}>{i.value}</a> : i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
