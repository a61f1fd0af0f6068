import { Container } from "@/components/ui/container";
import { Wordmark } from "@/components/campuses/wordmark";
import { NavLinks, type NavItem } from "./nav-links";
import { SearchBox } from "./search-box";
import { CampusSwitcher, type SwitcherEntry } from "./campus-switcher";
import { InstitutionalBlock } from "./institutional-block";
import { fr } from "@/lib/text/typography";

export type { NavItem } from "./nav-links";

/**
 * Header shared by the hub and the campus sub-sites: the institutions, the
 * site's name (with the campus's wordmark on sub-sites), the hub ⇄ campus
 * switcher, the search box and the navigation.
 *
 * Rendered once for every width. Below the md breakpoint all but the name
 * sit behind a "Menu" button, a native <details> disclosure that works
 * without JavaScript, so the header stays under 120 px on a phone and the
 * page starts on the first screen. From md the summary is hidden and the
 * disclosure's content joins the header's grid (globals.css, .header-menu).
 */
export function SiteHeader({
  homeHref,
  title,
  subtitle,
  nav,
  search,
  switcher,
  aside,
  wordmark,
}: {
  homeHref: string;
  title: string;
  subtitle?: string;
  nav: NavItem[];
  search: { action: string; label: string };
  switcher: SwitcherEntry[];
  aside?: React.ReactNode;
  wordmark?: { acronym: string; color: string };
}) {
  const items = nav.map((item) => ({ ...item, label: fr(item.label) }));
  return (
    <header className="no-print relative border-t-4 border-b border-accent border-b-line bg-surface">
      <Container className="flex items-center justify-between gap-3 py-1.5 md:grid md:grid-cols-[minmax(0,1fr)_auto] md:items-end md:gap-x-3 md:gap-y-2 md:pt-4 md:pb-0">
        <a
          href={homeHref}
          className="group flex min-w-0 items-center gap-3 no-underline md:col-start-1 md:row-start-2"
        >
          {wordmark ? <Wordmark {...wordmark} /> : null}
          <span className="flex min-w-0 flex-col">
            {subtitle ? (
              <span className={`text-xs text-muted md:text-sm ${wordmark ? "hidden md:inline" : ""}`}>
                {subtitle}
              </span>
            ) : null}
            <span className="text-[0.9375rem] font-bold leading-tight text-accent group-hover:underline sm:text-xl md:text-2xl">
              {title}
            </span>
          </span>
        </a>
        <details className="header-menu group/menu shrink-0">
          <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 whitespace-nowrap rounded border border-ink px-3 font-semibold [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="text-lg leading-none group-open/menu:hidden">
              ☰
            </span>
            <span aria-hidden="true" className="hidden text-lg leading-none group-open/menu:inline">
              ×
            </span>
            Menu
          </summary>
          <div className="absolute inset-x-0 top-full z-30 flex max-h-[80vh] flex-col gap-4 overflow-y-auto border-b border-line bg-surface px-4 py-4 shadow-lg md:contents">
            <div className="md:col-start-2 md:row-span-3 md:row-start-1 md:self-end">
              <SearchBox action={search.action} label={search.label} />
            </div>
            <NavLinks items={items} label="Navigation principale" />
            <div className="flex flex-col gap-4 md:col-start-1 md:row-start-3 md:flex-row md:flex-wrap md:items-center md:gap-x-4 md:gap-y-2">
              <CampusSwitcher entries={switcher} />
              {aside}
            </div>
            <InstitutionalBlock className="flex-col text-xs text-muted md:col-start-1 md:row-start-1 md:flex-row" />
          </div>
        </details>
      </Container>
    </header>
  );
}
