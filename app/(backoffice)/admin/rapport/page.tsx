import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/forms/notice";
import { requireUser } from "@/lib/auth/session";
import { canManageEdition } from "@/lib/report/access";
import { formatDate } from "@/lib/text/format";
import { reportYear } from "@/lib/report/schema";
import { currentCampaignYear, getCampaign, getReportForUser, listReportYears } from "@/lib/report/queries";
import { editionDateLine } from "@/lib/report/edition-label";
import { REGION_PART_KEYS } from "@/lib/report/sections";
import { CampusCompleteness } from "./_components/completeness";
import { ReportDownloads } from "./_components/downloads";
import { ReopenEditionForm, ValidateEditionForm } from "./_components/edition-controls";
import { CampaignDeadlineForm, OpenCampaignForm } from "./_components/campaign-controls";
import { deadlineWords } from "@/lib/report/progress";
import { getSiteSettings } from "@/lib/settings/queries";
import { IndicatorPanel } from "./_components/indicator-panel";
import { AdminPageHeader } from "@/components/admin/page-header";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Rapport annuel" };

const EVENT_LABELS: Record<string, string> = { validate: "Validation", reopen: "Réouverture" };

export default async function ReportCampaignPage({ searchParams }: PageProps<"/admin/rapport">) {
  const user = await requireUser();
  const params = await searchParams;
  const years = await listReportYears();
  const asked = reportYear.safeParse(Array.isArray(params.annee) ? params.annee[0] : params.annee);
  // Without ?annee=, the campaign under way (or the next one to open).
  const year = asked.success ? asked.data : await currentCampaignYear();
  const [campaign, doc, settings] = await Promise.all([
    getCampaign(user, year),
    getReportForUser(user, year),
    getSiteSettings(),
  ]);
  const isCoordinator = canManageEdition(user);
  const frozen = campaign.edition.status === "VALIDATED";
  const own = campaign.campuses[0];
  const partsWritten = campaign.edition.parts.filter((p) => p.written).length;

  return (
    <>
      <AdminPageHeader
        title={`Rapport annuel ${year}`}
        lead={
          isCoordinator
            ? "Suivez la rédaction des bilans des campus, rédigez les parties régionales, puis validez le rapport."
            : `Rédigez le bilan ${year} de votre campus\u202F; ses actions de l’année viennent de vos fiches actions.`
        }
      />
      {params.valide === "1" ? (
        <Notice tone="success" title={`Le rapport ${year} est validé\u00A0: son contenu est figé.`} />
      ) : null}
      {params.ouverte === "1" ? (
        <Notice
          tone="success"
          title={`La campagne ${year} est ouverte\u00A0: chaque campus a son bilan ${year} à rédiger.`}
        />
      ) : null}
      {params.rouvert === "1" ? (
        <Notice
          tone="success"
          title={`Le rapport ${year} est rouvert\u00A0: les textes peuvent de nouveau être modifiés.`}
        />
      ) : null}

      <nav aria-label="Années" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {years.map((y) => (
            <li key={y}>
              <Link
                href={`/admin/rapport?annee=${y}`}
                aria-current={y === year ? "page" : undefined}
                className="inline-block rounded border border-line px-3 py-1 aria-[current=page]:border-accent aria-[current=page]:bg-accent-tint aria-[current=page]:font-bold"
              >
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="campagne" className="mb-8 rounded border border-line p-4">
        <h2 id="campagne" className="text-xl font-bold">
          Campagne {year}
        </h2>
        {campaign.edition.opened ? (
          <p className="mt-2">
            {frozen
              ? "La campagne est close\u00A0: le rapport est validé."
              : deadlineWords(campaign.edition.deadline)}
          </p>
        ) : (
          <p className="mt-2">La campagne {year} n’est pas encore ouverte.</p>
        )}
        {isCoordinator && !campaign.edition.opened ? (
          <div className="mt-3">
            <OpenCampaignForm
              year={year}
              defaultDeadline={
                settings.defaultReportDeadline ? formatDate(settings.defaultReportDeadline) : null
              }
            />
          </div>
        ) : null}
        {isCoordinator && campaign.edition.opened && !frozen ? (
          <div className="mt-3">
            <CampaignDeadlineForm
              year={year}
              deadline={campaign.edition.deadline?.date.toISOString().slice(0, 10) ?? null}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="etat" className="mb-8 rounded border border-line p-4">
        <h2 id="etat" className="text-xl font-bold">
          État du rapport {year}
        </h2>
        <p className="mt-2">
          <span
            className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${frozen ? "border-success bg-success-tint text-success" : "border-warning bg-warning-tint text-warning"}`}
          >
            {frozen ? "Validé" : "En cours de rédaction"}
          </span>
          {frozen
            ? `\u00A0: ${editionDateLine(campaign.edition)}\u202F; le rapport est figé, les exports montrent cette version.`
            : " Les exports montrent les données actuelles."}
        </p>
        <h3 className="mt-4 font-bold">Télécharger</h3>
        <ReportDownloads
          year={year}
          campus={isCoordinator ? null : (user.campusSlug ?? null)}
          campusLabel={own?.shortName}
        />
      </section>

      {isCoordinator ? (
        <section aria-labelledby="regional" className="mb-8">
          <h2 id="regional" className="text-xl font-bold">
            Parties régionales
          </h2>
          <p className="mt-1">
            {formatCount(partsWritten, plural("partie rédigée"))} sur {REGION_PART_KEYS.length}
            {partsWritten < REGION_PART_KEYS.length
              ? ` — à rédiger\u00A0: ${campaign.edition.parts
                  .filter((p) => !p.written)
                  .map((p) => p.label)
                  .join(", ")}`
              : ""}
            .{" "}
            <Link href={`/admin/rapport/${year}/regional`}>
              {frozen ? "Lire les parties régionales" : "Rédiger les parties régionales"}
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="campus" className="mb-8">
        <h2 id="campus" className="mb-3 text-xl font-bold">
          {isCoordinator ? "Complétude par campus" : "Votre campus"}
        </h2>
        <div className="grid gap-4 xl:grid-cols-2">
          {campaign.campuses.map((c) => (
            <CampusCompleteness key={c.slug} campus={c} year={year} frozen={frozen} />
          ))}
        </div>
      </section>

      {doc ? (
        <section aria-labelledby="indicateurs" className="mb-8">
          <h2 id="indicateurs" className="mb-3 text-xl font-bold">
            Indicateurs {year}
            {isCoordinator ? " de la région" : ""}
          </h2>
          <IndicatorPanel indicators={doc.indicators} idPrefix={`bo-${year}`} />
        </section>
      ) : null}

      {isCoordinator && doc && doc.campuses.length > 1 ? (
        <section aria-labelledby="indicateurs-campus" className="mb-8">
          <h2 id="indicateurs-campus" className="mb-3 text-xl font-bold">
            Indicateurs {year} par campus
          </h2>
          {doc.campuses.map((c) => (
            <details key={c.slug} className="mb-3 rounded border border-line p-3">
              <summary className="cursor-pointer font-semibold">Indicateurs du {c.shortName}</summary>
              <div className="mt-3">
                <IndicatorPanel indicators={c.indicators} idPrefix={`bo-${year}-${c.slug}`} />
              </div>
            </details>
          ))}
        </section>
      ) : null}

      {isCoordinator ? (
        <section aria-labelledby="validation" className="mb-8 rounded border border-line p-4">
          <h2 id="validation" className="mb-2 text-xl font-bold">
            {frozen ? "Rouvrir le rapport" : "Valider le rapport"}
          </h2>
          {frozen ? <ReopenEditionForm year={year} /> : <ValidateEditionForm year={year} />}
          {campaign.edition.events.length ? (
            <>
              <h3 className="mt-6 font-bold">Historique</h3>
              <ol className="mt-2 space-y-1">
                {campaign.edition.events.map((e) => (
                  <li key={`${e.kind}-${e.at.toISOString()}`}>
                    {e.kind === "publish"
                      ? // Loaded as published: dated by its source, never by the day it was loaded.
                        (editionDateLine(campaign.edition) ?? "Édition publiée")
                      : `${EVENT_LABELS[e.kind] ?? e.kind} le ${formatDate(e.at.toISOString())}`}
                    {e.user ? ` par ${e.user}` : ""}
                    {e.reason ? ` — raison\u00A0: «\u202F${e.reason}\u202F»` : ""}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
