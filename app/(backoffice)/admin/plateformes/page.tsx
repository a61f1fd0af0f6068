import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { EmptyList } from "@/components/admin/empty-list";
import { PublicationTag } from "@/components/admin/tags";
import { buttonClass } from "@/components/forms/button-styles";
import { requireCoordinator } from "@/lib/auth/guards";
import { listPlatformsForAdmin } from "@/lib/platforms/backoffice-queries";

export const metadata: Metadata = { title: "Plateformes technologiques" };

export default async function PlatformsPage() {
  const user = await requireCoordinator();
  const rows = await listPlatformsForAdmin(user);
  return (
    <>
      <AdminPageHeader
        title={
          <>
            Plateformes technologiques (<abbr title="Plateformes technologiques">PFT</abbr>)
          </>
        }
        actions={
          <Link href="/admin/plateformes/nouvelle" className={buttonClass("primary")}>
            Créer une plateforme
          </Link>
        }
      />
      {rows.length === 0 ? (
        <EmptyList>Aucune plateforme technologique pour l&apos;instant.</EmptyList>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{rows.length} plateformes</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  Nom
                </th>
                <th scope="col" className="p-2">
                  Commune
                </th>
                <th scope="col" className="p-2">
                  Campus
                </th>
                <th scope="col" className="p-2">
                  Labellisée
                </th>
                <th scope="col" className="p-2">
                  Publication
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} className="border-b border-line align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/admin/plateformes/${p.id}`} className="font-semibold">
                      {p.name}
                    </Link>
                    {p.acronym && p.acronym !== p.name ? ` (${p.acronym})` : ""}
                  </th>
                  <td className="p-2">{p.commune}</td>
                  <td className="p-2">{p.campuses.map((c) => c.campus.acronym).join(", ")}</td>
                  <td className="p-2">
                    {p.isLabelled === null ? "Non précisé" : p.isLabelled ? "Oui" : "Non"}
                  </td>
                  <td className="p-2">
                    <PublicationTag publication={p.publication} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
