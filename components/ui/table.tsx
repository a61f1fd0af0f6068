import { fr } from "@/lib/text/typography";
/**
 * A data table with its caption; wide tables scroll inside their own
 * focusable region instead of the page (no horizontal page scroll at 320 px).
 * Pages write the header cells with `scope`. The region is positioned so
 * that visually hidden text in a cell stays inside it, not in the page.
 */
export function Table({
  id,
  caption,
  children,
  captionHidden = false,
}: {
  id: string;
  caption: React.ReactNode;
  children: React.ReactNode;
  captionHidden?: boolean;
}) {
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="relative max-w-full overflow-x-auto rounded border border-line"
    >
      <table
        id={id}
        className="w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_th]:align-top [&_thead_th]:bg-subtle [&_tbody_th]:border-t [&_tbody_th]:border-line [&_tbody_th]:font-semibold [&_tfoot_td]:font-semibold [&_tfoot_th]:border-t-2 [&_tfoot_th]:border-ink [&_tfoot_td]:border-t-2 [&_tfoot_td]:border-ink"
      >
        <caption
          id={`${id}-caption`}
          className={captionHidden ? "sr-only" : "px-3 py-2 text-left font-semibold"}
        >
          {fr(caption)}
        </caption>
        {children}
      </table>
    </div>
  );
}
