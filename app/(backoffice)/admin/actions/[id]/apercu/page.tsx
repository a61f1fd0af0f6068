import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { ActionPreview } from "@/components/admin/action-preview";
import { PublicationTag } from "@/components/admin/tags";
import { Notice } from "@/components/forms/notice";
import { requireUser } from "@/lib/auth/session";
import { getActionPreview } from "@/lib/actions/backoffice-queries";

export const metadata: Metadata = { title: "Aperçu d'une action" };

export default async function ActionPreviewPage({ params }: PageProps<"/admin/actions/[id]/apercu">) {
  const user = await requireUser();
  const { id } = await params;
  const action = await getActionPreview(user, id);
  if (!action) notFound();
  return (
    <>
      <AdminPageHeader
        title={`Aperçu : ${action.title}`}
        crumbs={[
          { href: "/admin/actions", label: "Actions" },
          { href: `/admin/actions/${action.id}`, label: "Modifier l'action" },
        ]}
      />
      <Notice tone="info" title="Aperçu de la page publique">
        <p>
          État actuel : <PublicationTag publication={action.publication} />.{" "}
          {action.publication === "PUBLISHED" ? "Cette page est visible du public." : "Le public ne voit pas encore cette action."}
        </p>
        <p className="mt-1">
          <Link href={`/admin/actions/${action.id}`}>Revenir à la modification</Link>
        </p>
      </Notice>
      <ActionPreview action={action} />
    </>
  );
}
