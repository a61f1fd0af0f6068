import { Container } from "@/components/ui/container";
import { NavLinks, type NavItem } from "./nav-links";
import { SearchBox } from "./search-box";
import { CampusSwitcher, type SwitcherEntry } from "./campus-switcher";

export type { NavItem } from "./nav-links";

/**
 * Header shared by the hub and the campus sub-sites: the site's name (in
 * the campus accent on sub-sites), the hub ⇄ campus switcher, the search
 * box, and the site's navigation.
 */
export function SiteHeader({
  homeHref,
  title,
  subtitle,
  nav,
  search,
  switcher,
  aside,
}: {
  homeHref: string;
  title: string;
  subtitle?: string;
  nav: NavItem[];
  search: { action: string; label: string };
  switcher: SwitcherEntry[];
  aside?: React.ReactNode;
}) {
  return (
    <header className="no-print border-t-4 border-b border-accent border-b-line bg-surface">
      <Container className="flex flex-col gap-4 py-4 md:flex-row md:items-end md:justify-between">
        <div className="flex flex-col gap-2">
          <a href={homeHref} className="group flex flex-col no-underline">
            {subtitle ? <span className="text-sm text-muted">{subtitle}</span> : null}
            <span className="text-xl font-bold text-accent group-hover:underline sm:text-2xl">{title}</span>
          </a>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <CampusSwitcher entries={switcher} />
            {aside}
          </div>
        </div>
        <SearchBox action={search.action} label={search.label} />
      </Container>
      <NavLinks items={nav} label="Navigation principale" />
    </header>
  );
}
