import type { KeyFigures as KeyFiguresDto } from "@/lib/campuses/queries";
import { formatNumber } from "@/lib/text/format";
import { formatCount, plural, pluralForm } from "@/lib/text/plural";

/** "du niveau 3 (CAP) au niveau 7 (master, ingénieur)": the span of the formations counted. */
function levelsDetail(levels: KeyFiguresDto["formationLevels"]): string {
  if (!levels) return "scolaire, apprentissage, formation continue";
  if (levels.min === levels.max)
    return `de niveau ${levels.min} (${LEVEL_EXAMPLES[levels.min] ?? "nomenclature nationale"})`;
  return `du niveau ${levels.min} (${LEVEL_EXAMPLES[levels.min] ?? "…"}) au niveau ${levels.max} (${LEVEL_EXAMPLES[levels.max] ?? "…"})`;
}

/** Diplomas that illustrate each level of the national nomenclature (2019). */
const LEVEL_EXAMPLES: Record<number, string> = {
  3: "CAP",
  4: "bac",
  5: "bac + 2",
  6: "bac + 3",
  7: "bac + 5",
  8: "doctorat",
};

/** "41 en cours, 8 projetées" — the statuses that have actions, each agreeing with its count. */
function statusDetail(s: KeyFiguresDto["actionsByStatus"], reportYear: number | null): string {
  const parts = [
    s.EN_COURS ? `${formatNumber(s.EN_COURS)} en cours` : null,
    s.PROJETEE ? formatCount(s.PROJETEE, plural("projetée")) : null,
    s.TERMINEE ? formatCount(s.TERMINEE, plural("terminée")) : null,
  ].filter((p): p is string => p !== null);
  // Statuses copied from a report describe that year, not today.
  return reportYear ? `au rapport d’activité ${reportYear}\u00A0: ${parts.join(", ")}` : parts.join(", ");
}

/**
 * Key figures computed from the published data, each with a link to the list
 * it counts; a figure of zero is not shown (nothing is offered for nothing).
 */
export function KeyFigures({
  figures,
  hrefs,
  headingId = "chiffres-cles",
  title = "Chiffres clés",
  reportYear = null,
  compact = false,
}: {
  figures: KeyFiguresDto;
  hrefs: { actions: string; formations: string; partners: string; platforms: string };
  headingId?: string;
  title?: string;
  /** The report the statuses come from, when the data is that report's. */
  reportYear?: number | null;
  /** Inside a campus's hero band: figures without the section frame. */
  compact?: boolean;
}) {
  const items = [
    {
      value: figures.actions,
      label: pluralForm(figures.actions, plural("action publiée")),
      detail: statusDetail(figures.actionsByStatus, reportYear),
      href: hrefs.actions,
    },
    {
      value: figures.formations,
      label: pluralForm(figures.formations, plural("formation")),
      detail: levelsDetail(figures.formationLevels),
      href: hrefs.formations,
    },
    {
      value: figures.partners,
      label: pluralForm(figures.partners, plural("partenaire")),
      detail: "entreprises, branches, établissements, institutions",
      href: hrefs.partners,
    },
    {
      value: figures.platforms,
      label: pluralForm(figures.platforms, plural("plateforme technologique")),
      detail: "au service des entreprises et des formations",
      href: hrefs.platforms,
    },
  ].filter((item) => item.value > 0);
  if (items.length === 0) return null;
  const list = (
    <ul className={`grid sm:grid-cols-2 lg:grid-cols-4 ${compact ? "grid-cols-2 gap-3" : "gap-4"}`}>
      {items.map((item) => (
        <li
          key={item.href}
          className={`relative rounded-lg border border-line ${compact ? "bg-surface p-3 sm:p-5" : "bg-accent-tint p-5"}`}
        >
          <p className={`font-bold text-accent ${compact ? "text-3xl sm:text-4xl" : "text-4xl"}`}>
            {formatNumber(item.value)}
          </p>
          <p className="font-semibold">
            <a href={item.href} className="text-ink after:absolute after:inset-0">
              {item.label}
            </a>
          </p>
          <p className="text-sm text-muted">{item.detail}</p>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby={headingId} className={compact ? "mt-6" : "mt-12"}>
      <h2 id={headingId} className={compact ? "sr-only" : "mb-4 text-2xl font-bold"}>
        {title}
      </h2>
      {list}
    </section>
  );
}
