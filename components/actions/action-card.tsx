import type { ActionCard as ActionCardDto } from "@/lib/actions/queries";
import { AUDIENCE_LABELS } from "@/lib/labels";
import { Card } from "@/components/ui/card";
import { StatusTag } from "@/components/ui/status-tag";
import { Highlight } from "@/components/ui/highlight";
import { CampusTags } from "@/components/campuses/campus-tag";
import type { Links } from "@/components/links";

/** An action in a list: title (link), status as a word, campuses, period, summary. */
export function ActionCard({
  action,
  links,
  query,
  headingLevel = 3,
  showCampuses = true,
}: {
  action: ActionCardDto;
  links: Links;
  query?: string;
  headingLevel?: 2 | 3 | 4;
  showCampuses?: boolean;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <Card className="h-full">
      <div className="flex flex-wrap items-center gap-2">
        <StatusTag status={action.status} prefix />
        {/* Every action says when it is: its period, else the year of its report. */}
        {action.period || action.reportYears.length ? (
          <span className="text-sm text-muted">{action.period ?? Math.max(...action.reportYears)}</span>
        ) : null}
      </div>
      <Heading className="text-lg font-bold leading-snug">
        <a href={links.action(action)}>
          <Highlight text={action.title} query={query} />
        </a>
      </Heading>
      <p className="text-sm">
        <Highlight text={action.summary} query={query} />
      </p>
      {showCampuses ? <CampusTags campuses={action.campuses} /> : null}
      {action.audiences.length ? (
        <p className="text-sm text-muted">
          <span className="font-medium">Publics&nbsp;: </span>
          {action.audiences.map((a) => AUDIENCE_LABELS[a].toLowerCase()).join(", ")}
        </p>
      ) : null}
    </Card>
  );
}

export function ActionCardList({
  actions,
  links,
  query,
  headingLevel = 3,
  showCampuses = true,
}: {
  actions: ActionCardDto[];
  links: Links;
  query?: string;
  headingLevel?: 2 | 3 | 4;
  showCampuses?: boolean;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {actions.map((a) => (
        <li key={a.id}>
          <ActionCard
            action={a}
            links={links}
            query={query}
            headingLevel={headingLevel}
            showCampuses={showCampuses}
          />
        </li>
      ))}
    </ul>
  );
}
