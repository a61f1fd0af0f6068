import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionDetail } from "@/components/actions/action-detail";
import { makeLinks } from "@/components/links";
import { PublicationTag } from "@/components/admin/tags";
import { CampusChrome } from "@/components/layout/campus-chrome";
import { requireUser } from "@/lib/auth/session";
import { getActionPreview } from "@/lib/actions/backoffice-queries";
import { getCampus, listCampuses, listCampusReportYears } from "@/lib/campuses/queries";
import { countPlatforms } from "@/lib/platforms/queries";
import { requestSite } from "@/lib/site/current";
import { getActionMediaPreview } from "@/lib/media/backoffice-queries";
import { campusHref } from "@/lib/site/links";

export const metadata: Metadata = { title: "Aperçu d’une action" };

/**
 * An action (a draft, or any action in scope) as the public will see it: in
 * its lead campus's own sub-site frame and colours, drawn by the public
 * page's components, under a banner that says whether it is published.
 */
export default async function ActionPreviewPage({ params }: PageProps<"/admin/actions/[id]/apercu">) {
  const user = await requireUser();
  const [{ id }, site] = await Promise.all([params, requestSite()]);
  const preview = await getActionPreview(user, id);
  if (!preview) notFound();
  const { detail } = preview;
  const [campus, campuses, years, platforms] = await Promise.all([
    getCampus(preview.leadCampus),
    listCampuses(),
    listCampusReportYears(preview.leadCampus),
    countPlatforms(preview.leadCampus),
  ]);
  if (!campus) notFound();
  const media = (await getActionMediaPreview(user, detail.id)) ?? undefined;
  const isPublished = preview.publication === "PUBLISHED";
  return (
    <>
      <div
        role="status"
        className={`mb-4 rounded border-l-4 p-4 ${isPublished ? "border-success bg-success-tint" : "border-warning bg-warning-tint"}`}
      >
        <p className="text-lg font-bold">
          {isPublished
            ? "Publiée — cette page est visible du public."
            : preview.publication === "ARCHIVED"
              ? "Archivée — non publiée"
              : "Brouillon — non publié"}
        </p>
        <p className="mt-1">
          État actuel&nbsp;: <PublicationTag publication={preview.publication} />.{" "}
          {isPublished
            ? "Voici la page publique telle qu’elle est."
            : "Le public ne voit pas encore cette action."}
        </p>
        {preview.hidden.length ? (
          <p className="mt-1">
            Non affichés tant qu’ils ne sont pas publiés ou validés&nbsp;: {preview.hidden.join(", ")}.
          </p>
        ) : null}
        <p className="mt-2">
          <Link href={`/admin/actions/${detail.id}`} className="font-semibold">
            Revenir à la modification
          </Link>
        </p>
      </div>
      <section
        aria-label={`Aperçu de la page sur le site du ${campus.shortName}`}
        className="overflow-hidden rounded border-2 border-line shadow-sm"
      >
        <CampusChrome
          site={site}
          campus={campus}
          campuses={campuses}
          reportYear={years[0] ?? null}
          hasPlatforms={platforms > 0}
          isPreview
        >
          {isPublished ? null : (
            <p
              aria-hidden="true"
              className="mx-auto mb-6 w-fit rounded border-2 border-warning bg-warning-tint px-4 py-1 text-sm font-bold uppercase tracking-wide text-ink"
            >
              Brouillon — non publié
            </p>
          )}
          <ActionDetail
            action={detail}
            campus={preview.leadCampus}
            links={makeLinks(site, preview.leadCampus)}
            media={media}
            breadcrumbs={[
              { href: campusHref(site, campus.slug), label: campus.shortName },
              { href: campusHref(site, campus.slug, "/actions"), label: "Actions" },
              { label: detail.title },
            ]}
          />
        </CampusChrome>
      </section>
    </>
  );
}
