/** What an empty list says, and what to try instead. */
import { fr } from "@/lib/text/typography";
export function EmptyState({ title, children }: { title: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-line bg-subtle p-6">
      <p className="font-semibold">{fr(title)}</p>
      {children ? <div className="mt-2 text-muted [&_a]:font-medium">{fr(children)}</div> : null}
    </div>
  );
}
