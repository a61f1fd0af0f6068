import { fr } from "@/lib/text/typography";

/** Applied filters as removable chips: each is a link to the same list without that filter. */
export type Chip = { label: string; removeHref: string };

export function Chips({ chips, clearHref }: { chips: Chip[]; clearHref: string }) {
  if (chips.length === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" aria-label="Filtres appliqués" role="group">
      <span className="font-medium">Filtres appliqués&nbsp;:</span>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.removeHref + chip.label}>
            <a
              href={chip.removeHref}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-accent bg-accent-tint px-3 text-sm font-medium text-ink no-underline hover:underline"
            >
              <span className="sr-only">Retirer le filtre </span>
              {fr(chip.label)}
              <span aria-hidden="true" className="text-lg leading-none">
                ×
              </span>
            </a>
          </li>
        ))}
      </ul>
      <a href={clearHref} className="text-sm">
        Effacer tous les filtres
      </a>
    </div>
  );
}
