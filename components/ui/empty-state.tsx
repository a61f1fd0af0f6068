/** What an empty list says, and what to try instead. */
export function EmptyState({ title, children }: { title: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-line bg-subtle p-6">
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-2 text-muted [&_a]:font-medium">{children}</div> : null}
    </div>
  );
}
