import type { FormationCard as FormationCardDto } from "@/lib/formations/queries";
import { DIPLOMA_LABELS, FORMATION_STATE_LABELS, LEVEL_LABELS, MODALITY_LABELS } from "@/lib/labels";
import { departementName } from "@/lib/map/departements";
import { Card } from "@/components/ui/card";
import { Tag } from "@/components/ui/tag";
import { Highlight } from "@/components/ui/highlight";
import { CampusTags } from "@/components/campuses/campus-tag";
import type { Links } from "@/components/links";

export function formationPlace(f: Pick<FormationCardDto, "commune" | "departement">): string | null {
  if (f.commune && f.departement) return `${f.commune} (${departementName(f.departement)})`;
  return f.commune ?? (f.departement ? departementName(f.departement) : null);
}

/** A formation in the catalogue: title (link), diploma and level, state, where, campuses. */
export function FormationCard({
  formation,
  links,
  query,
  headingLevel = 3,
}: {
  formation: FormationCardDto;
  links: Links;
  query?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  const place = formationPlace(formation);
  return (
    <Card className="h-full">
      <ul className="flex flex-wrap gap-2" aria-label="Diplôme et niveau">
        <li>
          <Tag tone="accent">{DIPLOMA_LABELS[formation.diploma]}</Tag>
        </li>
        {formation.level ? (
          <li>
            <Tag>{LEVEL_LABELS[formation.level] ?? `Niveau ${formation.level}`}</Tag>
          </li>
        ) : null}
        <li>
          <Tag tone={formation.state === "OUVERTE" ? "success" : "info"}>
            {FORMATION_STATE_LABELS[formation.state]}
          </Tag>
        </li>
      </ul>
      <Heading className="text-lg font-bold leading-snug">
        <a href={links.formation(formation.slug)}>
          <Highlight text={formation.title} query={query} />
        </a>
      </Heading>
      {formation.establishment || place ? (
        <p className="text-sm">
          {formation.establishment ? formation.establishment.name : null}
          {formation.establishment && place ? " — " : null}
          {place}
        </p>
      ) : null}
      {formation.modalities.length ? (
        <p className="text-sm text-muted">{formation.modalities.map((m) => MODALITY_LABELS[m]).join(", ")}</p>
      ) : null}
      <CampusTags campuses={formation.campuses} />
    </Card>
  );
}

export function FormationCardList({
  formations,
  links,
  query,
  headingLevel = 3,
}: {
  formations: FormationCardDto[];
  links: Links;
  query?: string;
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {formations.map((f) => (
        <li key={f.id}>
          <FormationCard formation={f} links={links} query={query} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
