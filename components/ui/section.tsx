/** A titled part of a page (h2, or h3 inside a section); the heading names the region. */
import { fr } from "@/lib/text/typography";
export function Section({
  id,
  title,
  level = 2,
  children,
  className = "",
  lead,
}: {
  id: string;
  title: React.ReactNode;
  level?: 2 | 3;
  children: React.ReactNode;
  className?: string;
  lead?: React.ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={`mt-10 first:mt-0 ${className}`}>
      <Heading id={id} className={level === 2 ? "mb-4 text-2xl font-bold" : "mb-3 text-xl font-bold"}>
        {fr(title)}
      </Heading>
      {lead ? <p className="mb-4 max-w-prose text-muted">{fr(lead)}</p> : null}
      {children}
    </section>
  );
}
