/** The page's single h1, with an optional lead paragraph. */
import { fr } from "@/lib/text/typography";
export function PageHeading({
  title,
  lead,
  eyebrow,
}: {
  title: React.ReactNode;
  lead?: React.ReactNode;
  eyebrow?: React.ReactNode;
}) {
  return (
    <div className="mb-8 max-w-prose">
      {eyebrow ? (
        <p className="mb-1 text-sm font-semibold uppercase tracking-wide text-accent">{fr(eyebrow)}</p>
      ) : null}
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{fr(title)}</h1>
      {lead ? <p className="mt-3 text-lg text-muted">{fr(lead)}</p> : null}
    </div>
  );
}
