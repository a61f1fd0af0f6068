import { Container } from "@/components/ui/container";
import { Wordmark } from "@/components/campuses/wordmark";
import { NavLinks, type NavItem } from "./nav-links";
import { SearchBox } from "./search-box";
import { CampusSwitcher, SiteLinks, type SwitcherEntry } from "./campus-switcher";
import { InstitutionalBlock } from "./institutional-block";
import { fr } from "@/lib/text/typography";

export type { NavItem } from "./nav-links";

/**
 * Header shared by the hub and the campus sub-sites: the institutions, the
 * site's name (with the campus's wordmark on sub-sites), the hub ⇄ campus
 * switcher, the search box and the navigation.
 *
 * Below the md breakpoint all but the name sit behind a "Menu" button, a
 * native <details> disclosure that works without JavaScript, so the header
 * stays under 120 px on a phone and the page starts on the first screen.
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
      <Container className="flex items-center justify-between gap-3 py-1.5 md:items-end md:py-4">
        <div className="flex min-w-0 flex-col gap-2">
          <InstitutionalBlock className="hidden text-xs text-muted md:flex" />
          <a href={homeHref} className="group flex min-w-0 items-center gap-3 no-underline">
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
          <div className="hidden flex-wrap items-center gap-x-4 gap-y-2 md:flex">
            <CampusSwitcher entries={switcher} />
            {aside}
          </div>
        </div>
        <div className="hidden shrink-0 md:block">
          <SearchBox action={search.action} label={search.label} />
        </div>
        <details className="group shrink-0 md:hidden">
          <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 whitespace-nowrap rounded border border-ink px-3 font-semibold [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="text-lg leading-none group-open:hidden">
              ☰
            </span>
            <span aria-hidden="true" className="hidden text-lg leading-none group-open:inline">
              ×
            </span>
            Menu
          </summary>
          <div className="absolute inset-x-0 top-full z-30 flex max-h-[80vh] flex-col gap-4 overflow-y-auto border-b border-line bg-surface px-4 py-4 shadow-lg">
            <SearchBox action={search.action} label={search.label} place="menu" />
            <NavLinks items={items} label="Navigation principale" stacked />
            <nav aria-label="Les campus de Bourgogne-Franche-Comté">
              <p className="mb-1 text-sm font-semibold text-muted">Les sites des campus</p>
              <SiteLinks entries={switcher} linkClassName="min-h-11 hover:underline" />
            </nav>
            {aside}
            <InstitutionalBlock className="flex-col text-xs text-muted" />
          </div>
        </details>
      </Container>
      <div className="hidden md:block">
        <NavLinks items={items} label="Navigation principale" />
      </div>
    </header>
  );
}
