"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = {
  href: string;
  /** Shown as given: typeset on the server (SiteHeader), so the typography rules stay out of the client bundle. */
  label: string;
  /** Paths this item stands for (the sub-site's pages answer at /<slug>/… and, on their own host, at /…). */
  paths: string[];
  /** Home items match their path exactly, sections match their sub-pages too. */
  exact?: boolean;
};

function isCurrent(pathname: string, item: NavItem): boolean {
  return item.paths.some((p) => pathname === p || (!item.exact && pathname.startsWith(`${p}/`)));
}

/**
 * Feedback while a section loads after a click (client-side navigation).
 * The pages use no loading.tsx: a streamed fallback would hide the content
 * from visitors without JavaScript, and every public page must work for them.
 */
function PendingHint() {
  const { pending } = useLinkStatus();
  return (
    <>
      <span
        aria-hidden="true"
        className={`ml-1 inline-block size-2 rounded-full bg-accent transition-opacity ${pending ? "animate-pulse opacity-100" : "opacity-0"}`}
      />
      {pending ? (
        <span role="status" className="sr-only">
          Chargement de la page…
        </span>
      ) : null}
    </>
  );
}

/**
 * The main navigation; marks the current section with aria-current (the
 * only client-side part of the header: the layout does not know the path).
 */
export function NavLinks({
  items,
  label,
  stacked = false,
}: {
  items: NavItem[];
  label: string;
  /** One link per line (the phone menu) instead of a bar. */
  stacked?: boolean;
}) {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label={label} className={stacked ? "" : "bg-accent-tint"}>
      <div className={stacked ? "" : "mx-auto w-full max-w-6xl px-4 sm:px-6"}>
        <ul className={stacked ? "flex flex-col" : "flex flex-wrap gap-x-1"}>
          {items.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent(pathname, item) ? "page" : undefined}
                className={`${stacked ? "block px-0 py-2.5" : "inline-block px-2 py-3"} font-medium text-ink no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8`}
              >
                {item.label}
                <PendingHint />
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
