import Link from "next/link";
import { buttonClass } from "@/components/forms/button-styles";

/** The filter form above a back-office list: sent with GET, so the filters stay in the page's address. */
export function AdminFilters({
  label,
  resetHref,
  columns = "grid-cols-[repeat(auto-fill,minmax(min(100%,16rem),1fr))]",
  children,
}: {
  label: string;
  /** The list without any filter. */
  resetHref: string;
  /**
   * The grid of the fields; by default as many columns of at least 16rem as fit, so a
   * select shows its whole placeholder ("Brouillons et publiées"). The buttons take a full row.
   */
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
