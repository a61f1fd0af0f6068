import Link from "next/link";
import { Container } from "@/components/ui/container";

export type NavItem = { href: string; label: string; current?: boolean };

/**
 * Header shared by the hub and the campus sub-sites: the site's name (with
 * the campus accent on sub-sites), its navigation, and a link to the other
 * level (campus → hub).
 */
export function SiteHeader({
  homeHref,
  title,
  subtitle,
  nav,
  aside,
}: {
  homeHref: string;
  title: string;
  subtitle?: string;
  nav: NavItem[];
  aside?: React.ReactNode;
}) {
  return (
    <header className="no-print border-b-4 border-accent bg-surface">
      <Container className="flex flex-wrap items-center justify-between gap-4 py-4">
        <Link href={homeHref} className="group flex flex-col no-underline">
          {subtitle ? <span className="text-sm text-muted">{subtitle}</span> : null}
          <span className="text-xl font-bold text-accent group-hover:underline">{title}</span>
        </Link>
        {aside}
      </Container>
      <nav aria-label="Navigation principale" className="bg-accent-tint">
        <Container>
          <ul className="flex flex-wrap gap-x-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={item.current ? "page" : undefined}
                  className="inline-block px-3 py-3 font-medium text-ink no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </Container>
      </nav>
    </header>
  );
}
