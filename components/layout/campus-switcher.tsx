/**
 * Hub ⇄ campus switcher (native <details>, no JavaScript needed): in the
 * header's phone menu, a plain list under its heading (the disclosure is
 * kept open by globals.css, .switcher-disclosure); from md, a disclosure
 * listing the regional hub and the six campuses.
 */
export type SwitcherEntry = { href: string; label: string; color?: string; isCurrent: boolean };

export function CampusSwitcher({ entries }: { entries: SwitcherEntry[] }) {
  return (
    <details className="switcher-disclosure group relative md:text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1 rounded border border-line px-3 font-medium">
        Changer de campus
        <span aria-hidden="true" className="transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <nav
        aria-label="Les campus de Bourgogne-Franche-Comté"
        className="md:absolute md:right-0 md:z-20 md:mt-2 md:w-80 md:rounded md:border md:border-line md:bg-surface md:p-2 md:shadow-sm"
      >
        <p className="mb-1 text-sm font-semibold text-muted md:hidden">Les sites des campus</p>
        <SiteLinks
          entries={entries}
          linkClassName="min-h-11 hover:underline md:min-h-0 md:rounded md:px-2 md:py-2 md:hover:bg-subtle"
        />
      </nav>
    </details>
  );
}

/** The hub and the campus sites, each with its colour dot; the site being browsed in bold. */
export function SiteLinks({ entries, linkClassName }: { entries: SwitcherEntry[]; linkClassName: string }) {
  return (
    <ul className="flex flex-col">
      {entries.map((e) => (
        <li key={e.href}>
          <a
            href={e.href}
            aria-current={e.isCurrent ? "page" : undefined}
            className={`flex items-center gap-2 text-ink no-underline aria-[current=page]:font-bold ${linkClassName}`}
          >
            <span
              aria-hidden="true"
              className="inline-block size-3 shrink-0 rounded-full"
              style={{ background: e.color ?? "var(--color-hub)" }}
            />
            {e.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
