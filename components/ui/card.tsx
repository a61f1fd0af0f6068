/** A bordered block for campuses and actions; the title link covers the card. */
export function Card({
  children,
  className = "",
  style,
}: {
  children: React.ReactNode;
  className?: string;
  style?: React.CSSProperties;
}) {
  return (
    <article
      className={`relative flex flex-col gap-2 rounded-lg border border-line bg-surface p-5 shadow-sm ${className}`}
      style={style}
    >
      {children}
    </article>
  );
}
