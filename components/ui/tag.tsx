/** A short label (diploma level, kind, campus); never the only carrier of a meaning. */
export function Tag({
  children,
  tone = "neutral",
  className = "",
}: {
  children: React.ReactNode;
  tone?: "neutral" | "accent" | "success" | "info" | "warning";
  className?: string;
}) {
  const tones = {
    neutral: "border-line bg-subtle text-ink",
    accent: "border-accent bg-accent-tint text-accent",
    success: "border-success bg-success-tint text-success",
    info: "border-info bg-info-tint text-info",
    warning: "border-warning bg-warning-tint text-warning",
  };
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-medium leading-snug ${tones[tone]} ${className}`}
    >
      {children}
    </span>
  );
}
