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
 * One link per line in the phone menu, a bar across the page from md (its
 * tint runs to the window's edges: a spread shadow clipped to the bar's height).
 */
export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <nav
      aria-label={label}
      className="md:col-span-2 md:row-start-4 md:mt-2 md:bg-accent-tint md:shadow-[0_0_0_100vmax_var(--color-accent-tint)] md:[clip-path:inset(0_-100vmax)]"
    >
      <ul className="flex flex-col md:flex-row md:flex-wrap md:gap-x-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(pathname, item) ? "page" : undefined}
              className="block py-2.5 font-medium text-ink no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8 md:inline-block md:px-2 md:py-3"
            >
              {item.label}
              <PendingHint />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
