import { formatCount } from "@/lib/text/plural";

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
      {count === 0 ? none : formatCount(count, { one, other: many })}
      {children}
    </p>
  );
}
