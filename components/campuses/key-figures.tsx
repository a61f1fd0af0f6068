import type { KeyFigures as KeyFiguresDto } from "@/lib/campuses/queries";
import { formatNumber } from "@/lib/text/format";

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

/** Key figures computed from the published data, each with a link to the list it counts. */
export function KeyFigures({
  figures,
  hrefs,
  headingId = "chiffres-cles",
  title = "Chiffres clés",
}: {
  figures: KeyFiguresDto;
  hrefs: { actions: string; formations: string; partners: string; platforms: string };
  headingId?: string;
  title?: string;
}) {
  const { actionsByStatus: s } = figures;
  const items = [
    {
      value: figures.actions,
      label: figures.actions === 1 ? "action publiée" : "actions publiées",
      detail: `${formatNumber(s.EN_COURS)} en cours, ${formatNumber(s.PROJETEE)} projetée${s.PROJETEE > 1 ? "s" : ""}, ${formatNumber(s.TERMINEE)} terminée${s.TERMINEE > 1 ? "s" : ""}`,
      href: hrefs.actions,
    },
    {
      value: figures.formations,
      label: figures.formations === 1 ? "formation" : "formations",
      detail: levelsDetail(figures.formationLevels),
      href: hrefs.formations,
    },
    {
      value: figures.partners,
      label: figures.partners === 1 ? "partenaire" : "partenaires",
      detail: "entreprises, branches, établissements, institutions",
      href: hrefs.partners,
    },
    {
      value: figures.platforms,
      label: figures.platforms === 1 ? "plateforme technologique" : "plateformes technologiques",
      detail: "au service des entreprises et des formations",
      href: hrefs.platforms,
    },
  ];
  return (
    <section aria-labelledby={headingId} className="mt-12">
      <h2 id={headingId} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {items.map((item) => (
          <li key={item.href} className="relative rounded-lg border border-line bg-accent-tint p-5">
            <p className="text-4xl font-bold text-accent">{formatNumber(item.value)}</p>
            <p className="font-semibold">
              <a href={item.href} className="text-ink after:absolute after:inset-0">
                {item.label}
              </a>
            </p>
            <p className="text-sm text-muted">{item.detail}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
