/**
 * Hub ⇄ campus switcher: a disclosure listing the regional hub and the six
 * campuses (native <details>, no JavaScript needed).
 */
export type SwitcherEntry = { href: string; label: string; color?: string; isCurrent: boolean };

export function CampusSwitcher({ entries }: { entries: SwitcherEntry[] }) {
  return (
    <details className="group relative text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1 rounded border border-line px-3 font-medium">
        Changer de campus
        <span aria-hidden="true" className="transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <nav
        aria-label="Les campus de Bourgogne-Franche-Comté"
        className="mt-2 rounded border border-line bg-surface p-2 shadow-sm sm:absolute sm:right-0 sm:z-20 sm:w-80"
      >
        <SiteLinks entries={entries} linkClassName="rounded px-2 py-2 hover:bg-subtle hover:underline" />
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
