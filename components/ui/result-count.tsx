import { formatNumber } from "@/lib/text/format";

/** "17 actions" / "1 action" / "Aucune action", announced politely when it changes. */
export function ResultCount({
  count,
  one,
  many,
  none,
  children,
}: {
  count: number;
  one: string;
  many: string;
  none: string;
  children?: React.ReactNode;
}) {
  return (
    <p role="status" className="mb-4 text-lg font-medium">
      {count === 0 ? none : `${formatNumber(count)} ${count === 1 ? one : many}`}
      {children}
    </p>
  );
}
