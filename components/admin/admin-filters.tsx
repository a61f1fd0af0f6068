import Link from "next/link";
import { buttonClass } from "@/components/forms/button-styles";

/** The filter form above a back-office list: sent with GET, so the filters stay in the page's address. */
export function AdminFilters({
  label,
  resetHref,
  columns = "sm:grid-cols-3",
  children,
}: {
  label: string;
  /** The list without any filter. */
  resetHref: string;
  /** The grid of the fields ("sm:grid-cols-2 lg:grid-cols-4"); the buttons take a full row. */
  columns?: string;
  children: React.ReactNode;
}) {
  return (
    <form
      method="get"
      className={`mb-6 grid gap-4 rounded border border-line bg-subtle p-4 ${columns}`}
      aria-label={label}
    >
      {children}
      <div className="col-span-full flex items-end gap-3">
        <button type="submit" className={buttonClass("secondary")}>
          Filtrer
        </button>
        <Link href={resetHref}>Effacer les filtres</Link>
      </div>
    </form>
  );
}
