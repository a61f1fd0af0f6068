import Link from "next/link";
import type { AdminActionRow } from "@/lib/actions/backoffice-queries";
import { PublicationTag, StatusTag } from "./tags";
import { formatDateTime } from "@/lib/text/format";

/** Actions as a table with a caption and scoped headers. */
export function ActionTable({
  rows,
  caption,
  showCampuses = true,
}: {
  rows: AdminActionRow[];
  caption: string;
  showCampuses?: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              Titre
            </th>
            {showCampuses ? (
              <th scope="col" className="p-2">
                Campus
              </th>
            ) : null}
            <th scope="col" className="p-2">
              Statut
            </th>
            <th scope="col" className="p-2">
              Publication
            </th>
            <th scope="col" className="p-2">
              Dernière modification
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/admin/actions/${a.id}`} className="font-semibold">
                  {a.title}
                </Link>
              </th>
              {showCampuses ? (
                <td className="p-2">
                  {a.campuses.map((c) => (
                    <span key={c.slug} className="mr-1 inline-block">
                      {c.acronym}
                      {c.isLead && a.campuses.length > 1 ? " (chef de file)" : ""}
                    </span>
                  ))}
                </td>
              ) : null}
              <td className="p-2">
                <StatusTag status={a.status} />
              </td>
              <td className="p-2">
                <PublicationTag publication={a.publication} />
              </td>
              <td className="p-2 whitespace-nowrap">{formatDateTime(a.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
