import type { CampusPartner } from "@/lib/organisations/queries";
import { ORGANISATION_KIND_LABELS } from "@/lib/labels";
import type { Links } from "@/components/links";
import { fr } from "@/lib/text/typography";

/** A plain list of a campus's partners with their kind, city and the report's note. */
export function PartnerList({
  partners,
  links,
  showNotes = true,
}: {
  partners: CampusPartner[];
  links: Links;
  showNotes?: boolean;
}) {
  return (
    <ul className="divide-y divide-line">
      {partners.map((p) => (
        <li key={p.slug} className="py-3">
          <a href={links.organisation(p.slug)} className="font-semibold">
            {fr(p.name)}
          </a>
          {p.acronym && p.acronym !== p.name ? <span className="text-muted"> ({p.acronym})</span> : null}
          <span className="text-sm text-muted">
            {" "}
            — {ORGANISATION_KIND_LABELS[p.kind]}
            {p.city ? `, ${p.city}` : ""}
          </span>
          {showNotes && p.note ? <p className="max-w-prose text-sm">{fr(p.note)}</p> : null}
        </li>
      ))}
    </ul>
  );
}
