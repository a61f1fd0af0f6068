/**
 * A campus's wordmark: "CMQ AGT" on its colour (every campus colour reaches
 * 4.5:1 with white), then its name. Text only: a logo is shown only when the
 * coordinator has uploaded one.
 */
export function Wordmark({
  acronym,
  color,
  size = "md",
}: {
  acronym: string;
  color: string;
  size?: "sm" | "md";
}) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded font-bold tracking-wide text-white ${
        size === "sm" ? "px-1.5 py-0.5 text-xs" : "px-2 py-1 text-sm"
      }`}
      style={{ background: color }}
    >
      CMQ {acronym}
    </span>
  );
}
