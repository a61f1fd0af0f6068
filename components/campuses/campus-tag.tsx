import type { CampusRef } from "@/lib/campuses/refs";

/** A campus named by its acronym, expanded for assistive technologies and on hover. */
export function CampusTag({ campus }: { campus: CampusRef }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded border border-line px-2 py-0.5 text-sm font-medium">
      <span
        aria-hidden="true"
        className="inline-block size-2.5 rounded-full"
        style={{ background: campus.color }}
      />
      <abbr title={campus.fullName} className="no-underline">
        CMQ {campus.acronym}
      </abbr>
    </span>
  );
}

export function CampusTags({ campuses }: { campuses: CampusRef[] }) {
  if (campuses.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Campus">
      {campuses.map((c) => (
        <li key={c.slug}>
          <CampusTag campus={c} />
        </li>
      ))}
    </ul>
  );
}
