/** Facts of an action, formation or partner as a description list; empty values are left out. */
import { fr } from "@/lib/text/typography";
export type SummaryItem = { label: React.ReactNode; value: React.ReactNode };

export function SummaryList({ items, className = "" }: { items: SummaryItem[]; className?: string }) {
  const shown = items.filter(
    (i) =>
      i.value !== null &&
      i.value !== undefined &&
      i.value !== false &&
      !(Array.isArray(i.value) && i.value.length === 0),
  );
  if (shown.length === 0) return null;
  return (
    <dl className={`divide-y divide-line border-y border-line ${className}`}>
      {shown.map((item, index) => (
        <div key={index} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
          <dt className="font-semibold">{fr(item.label)}</dt>
          <dd className="min-w-0">{fr(item.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
