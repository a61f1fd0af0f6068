import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionDetail } from "@/components/actions/action-detail";
import { makeLinks } from "@/components/links";
import { PublicationTag } from "@/components/admin/tags";
import { Notice } from "@/components/forms/notice";
import { requireUser } from "@/lib/auth/session";
import { getActionPreview } from "@/lib/actions/backoffice-queries";
import { requestSite } from "@/lib/site/current";
import { getActionMediaPreview } from "@/lib/media/backoffice-queries";

export const metadata: Metadata = { title: "Aperçu d'une action" };

/** A draft (or any action in scope) shown with the public page's own component, as the public will see it. */
export default async function ActionPreviewPage({ params }: PageProps<"/admin/actions/[id]/apercu">) {
  const user = await requireUser();
  const [{ id }, site] = await Promise.all([params, requestSite()]);
  const preview = await getActionPreview(user, id);
  if (!preview) notFound();
  const { detail } = preview;
  const media = (await getActionMediaPreview(user, detail.id)) ?? undefined;
  const lead = detail.campuses[0];
  return (
    <>
      <Notice tone="info" title="Aperçu de la page publique">
        <p>
          État actuel : <PublicationTag publication={preview.publication} />.{" "}
          {preview.publication === "PUBLISHED"
            ? "Cette page est visible du public."
            : "Le public ne voit pas encore cette action."}
        </p>
        {preview.hidden.length ? (
          <p className="mt-1">
            Non affichés tant qu&apos;ils ne sont pas publiés ou validés : {preview.hidden.join(", ")}.
          </p>
        ) : null}
        <p className="mt-1">
          <Link href={`/admin/actions/${detail.id}`}>Revenir à la modification</Link>
        </p>
      </Notice>
      <div
        className="rounded border border-line py-8"
        style={{ "--site-accent": lead.color } as React.CSSProperties}
      >
        <ActionDetail
          action={detail}
          campus={preview.leadCampus}
          links={makeLinks(site, preview.leadCampus)}
          media={media}
          breadcrumbs={[
            { href: "/admin/actions", label: "Actions" },
            { href: `/admin/actions/${detail.id}`, label: "Modifier l'action" },
            { label: "Aperçu" },
          ]}
        />
      </div>
    </>
  );
}
