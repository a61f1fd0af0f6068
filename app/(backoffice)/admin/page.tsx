import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { ActionTable } from "@/components/admin/action-table";
import { StatList } from "@/components/admin/stat-list";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/forms/notice";
import { requireUser } from "@/lib/auth/session";
import { isCoordinator } from "@/lib/auth/permissions";
import { getActionDashboard, getCampusBreakdown } from "@/lib/actions/backoffice-queries";
import { getCampusName } from "@/lib/campuses/backoffice-queries";
import { countPendingOrganisations } from "@/lib/organisations/backoffice-queries";
import { AdminTable } from "@/components/admin/admin-table";
import { DoToDo } from "@/components/admin/dashboard/do-to-do";
import { CampusToDoTable } from "@/components/admin/dashboard/campus-to-do-table";
import { SettingsToComplete } from "@/components/admin/dashboard/settings-to-complete";
import { getDashboardToDo } from "@/lib/dashboard/queries";
import { formatCount } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Tableau de bord" };

export default async function AdminDashboardPage() {
  const user = await requireUser();
  const [dashboard, campusName, pendingOrganisations, breakdown, toDo] = await Promise.all([
    getActionDashboard(user),
    user.campusId ? getCampusName(user.campusId) : null,
    countPendingOrganisations(user),
    getCampusBreakdown(user),
    getDashboardToDo(user),
  ]);
  const scope = isCoordinator(user)
    ? "de tous les campus"
    : campusName
      ? `du ${campusName}`
      : "de votre campus";
  return (
    <>
      <AdminPageHeader
        title={
          isCoordinator(user)
            ? "Tableau de bord de la coordination régionale"
            : `Tableau de bord — ${campusName}`
        }
        lead={`Les actions ${scope}\u00A0: où elles en sont, et ce qui attend d’être publié.`}
        actions={<ButtonLink href="/admin/actions/nouvelle">Créer une action</ButtonLink>}
      />
      {pendingOrganisations > 0 ? (
        <Notice
          tone="warning"
          title={`${formatCount(pendingOrganisations, { one: "organisation proposée attend", other: "organisations proposées attendent" })} votre validation.`}
        >
          <Link href="/admin/organisations?publication=draft">Voir les organisations proposées</Link>
        </Notice>
      ) : null}
      {isCoordinator(user) ? (
        <>
          <CampusToDoTable toDo={toDo} />
          {toDo.missingSettings ? <SettingsToComplete missing={toDo.missingSettings} /> : null}
        </>
      ) : toDo.campuses[0] ? (
        <DoToDo campus={toDo.campuses[0]} report={toDo.report} />
      ) : null}
      <section aria-labelledby="titre-statuts" className="mb-8">
        <h2 id="titre-statuts" className="mb-3 text-xl font-bold">
          Actions par statut
        </h2>
        <StatList
          label="Actions par statut (hors archives)"
          items={[
            { label: "En cours", value: dashboard.byStatus.EN_COURS, href: "/admin/actions?statut=en_cours" },
            {
              label: "Projetées",
              value: dashboard.byStatus.PROJETEE,
              href: "/admin/actions?statut=projetee",
            },
            {
              label: "Terminées",
              value: dashboard.byStatus.TERMINEE,
              href: "/admin/actions?statut=terminee",
            },
          ]}
        />
      </section>
      <section aria-labelledby="titre-publication" className="mb-8">
        <h2 id="titre-publication" className="mb-3 text-xl font-bold">
          Publication
        </h2>
        <StatList
          label="Actions par état de publication"
          items={[
            {
              label: "Publiées",
              value: dashboard.byPublication.PUBLISHED,
              href: "/admin/actions?publication=published",
            },
            {
              label: "Brouillons",
              value: dashboard.byPublication.DRAFT,
              href: "/admin/actions?publication=draft",
            },
            { label: "Archivées", value: dashboard.byPublication.ARCHIVED, href: "/admin/archives" },
          ]}
        />
      </section>
      {breakdown.length ? (
        <section aria-labelledby="titre-campus" className="mb-8">
          <h2 id="titre-campus" className="mb-3 text-xl font-bold">
            Par campus
          </h2>
          <AdminTable
            caption="Actions portées ou co-portées par chaque campus (hors archives)"
            rows={breakdown}
            rowKey={(c) => c.slug}
            columns={[
              {
                header: "Campus",
                cell: (c) => <Link href={`/admin/actions?campus=${c.slug}`}>{c.name}</Link>,
              },
              { header: "En cours", cell: (c) => c.byStatus.EN_COURS },
              { header: "Projetées", cell: (c) => c.byStatus.PROJETEE },
              { header: "Terminées", cell: (c) => c.byStatus.TERMINEE },
              { header: "Publiées", cell: (c) => c.published },
              { header: "Brouillons", cell: (c) => c.drafts },
            ]}
          />
        </section>
      ) : null}
      <section aria-labelledby="titre-brouillons" className="mb-8">
        <h2 id="titre-brouillons" className="mb-3 text-xl font-bold">
          Brouillons en attente
        </h2>
        {dashboard.drafts.length ? (
          <ActionTable
            rows={dashboard.drafts}
            caption="Brouillons, les plus récents d’abord (invisibles du public)"
            showCampuses={isCoordinator(user)}
          />
        ) : (
          <p className="text-muted">Aucun brouillon&nbsp;: toutes les actions sont publiées ou archivées.</p>
        )}
      </section>
      <section aria-labelledby="titre-recentes">
        <h2 id="titre-recentes" className="mb-3 text-xl font-bold">
          Dernières modifications
        </h2>
        {dashboard.recent.length ? (
          <ActionTable
            rows={dashboard.recent}
            caption="Les cinq actions modifiées le plus récemment"
            showCampuses={isCoordinator(user)}
          />
        ) : (
          <p className="text-muted">Aucune action pour l’instant. Commencez par en créer une.</p>
        )}
      </section>
    </>
  );
}
