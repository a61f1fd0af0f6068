import type { InstanceDto } from "@/lib/governance/queries";
import { Markdown } from "@/components/markdown";
import { fr } from "@/lib/text/typography";

/** Governance instances with their composition, frequency and dated meetings. */
export function InstanceList({
  instances,
  headingLevel = 3,
}: {
  instances: InstanceDto[];
  headingLevel?: 3 | 4;
}) {
  const Heading = `h${headingLevel}` as "h3" | "h4";
  return (
    <ul className="flex flex-col gap-6">
      {instances.map((i) => (
        <li key={i.key} className="rounded-lg border border-line p-5">
          <Heading className="text-xl font-bold">{fr(i.name)}</Heading>
          <Markdown className="mt-2">{i.description}</Markdown>
          {i.composition.trim() ? (
            <div className="mt-3">
              <p className="font-semibold">Composition</p>
              <Markdown>{i.composition}</Markdown>
            </div>
          ) : null}
          {i.frequency ? (
            <p className="mt-3">
              <span className="font-semibold">Fréquence&nbsp;: </span>
              {i.frequency}
            </p>
          ) : null}
          {i.meetings.length ? (
            <div className="mt-3">
              <p className="font-semibold">Réunions</p>
              <ul className="mt-1 list-disc pl-6">
                {i.meetings.map((m) => (
                  <li key={m.iso + m.title}>
                    <time dateTime={m.iso}>{m.date}</time>
                    {m.city ? ` à ${m.city}` : ""} — {fr(m.title)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
