import type { PlatformCard as PlatformCardDto } from "@/lib/platforms/queries";
import { departementName } from "@/lib/map/departements";
import { Card } from "@/components/ui/card";
import { Tag } from "@/components/ui/tag";
import { CampusTags } from "@/components/campuses/campus-tag";
import type { Links } from "@/components/links";
import { fr } from "@/lib/text/typography";

export function labelStatus(isLabelled: boolean | null): string | null {
  return isLabelled === true ? "Labellisée" : isLabelled === false ? "Non labellisée" : null;
}

/** A plateforme technologique in a list. */
export function PlatformCard({
  platform,
  links,
  headingLevel = 2,
}: {
  platform: PlatformCardDto;
  links: Links;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  const status = labelStatus(platform.isLabelled);
  const place = platform.commune ?? (platform.departement ? departementName(platform.departement) : null);
  return (
    <Card className="h-full">
      {status ? (
        <p>
          <Tag tone={platform.isLabelled ? "success" : "neutral"}>{status}</Tag>
        </p>
      ) : null}
      <Heading className="text-lg font-bold leading-snug">
        <a href={links.platform(platform.slug)}>
          {fr(platform.name)}
          {platform.acronym && platform.acronym !== platform.name ? ` (${platform.acronym})` : ""}
        </a>
      </Heading>
      {platform.domain ? <p className="text-sm">Domaine&nbsp;: {platform.domain}</p> : null}
      {platform.host || place ? (
        <p className="text-sm text-muted">
          {platform.host ? fr(`Hébergée par ${platform.host.name}`) : null}
          {platform.host && place ? " — " : null}
          {place}
        </p>
      ) : null}
      <CampusTags campuses={platform.campuses} />
    </Card>
  );
}

export function PlatformCardList({
  platforms,
  links,
  headingLevel = 2,
}: {
  platforms: PlatformCardDto[];
  links: Links;
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {platforms.map((p) => (
        <li key={p.id}>
          <PlatformCard platform={p} links={links} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
