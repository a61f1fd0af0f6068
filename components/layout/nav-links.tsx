"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = {
  href: string;
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
 * The main navigation; marks the current section with aria-current (the
 * only client-side part of the header: the layout does not know the path).
 */
export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label={label} className="bg-accent-tint">
      <div className="mx-auto w-full max-w-6xl px-4 sm:px-6">
        <ul className="flex flex-wrap gap-x-1">
          {items.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent(pathname, item) ? "page" : undefined}
                className="inline-block px-2 py-3 font-medium text-ink no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8 sm:px-3"
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
