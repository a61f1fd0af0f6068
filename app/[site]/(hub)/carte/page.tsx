import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { RegionMap } from "@/components/map/region-map";
import { makeLinks } from "@/components/links";
import { getMapData, type DepartementEntry } from "@/lib/map/queries";
import { ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { currentSite } from "@/lib/site/current";
import { formatCount } from "@/lib/text/plural";
import { fr } from "@/lib/text/typography";

export const generateMetadata = hubPageMetadata({
  name: "Carte",
  path: "/carte",
  description:
    "Les formations, plateformes technologiques et partenaires des campus de Bourgogne-Franche-Comté, par département et par commune.",
});

function countOf(n: number, one: string, many: string) {
  return formatCount(n, { one, other: many });
}

function countLabel(d: DepartementEntry): string {
  return `${countOf(d.formations.length, "formation", "formations")}, ${countOf(d.platforms.length, "plateforme technologique", "plateformes technologiques")}, ${countOf(d.organisations.length, "partenaire", "partenaires")}`;
}

export default async function MapPage() {
  const site = await currentSite();
  const data = await getMapData();
  const links = makeLinks(site, null);
  const region = data.departements.filter((d) => d.isBfc);
  const elsewhere = data.departements.filter((d) => !d.isBfc);
  return (
    <HubPage
      site={site}
      crumb="Carte"
      title="La carte des campus"
      lead="Où se trouvent les formations, les plateformes technologiques et les partenaires des campus, par département et par commune quand elle est connue."
    >
      <div className="grid items-start gap-8 lg:grid-cols-2">
        <RegionMap
          title="Carte des huit départements de Bourgogne-Franche-Comté"
          counts={region.map((d) => ({
            code: d.code,
            name: d.name,
            total: d.formations.length + d.platforms.length + d.organisations.length,
            label: countLabel(d),
          }))}
          hrefFor={(code) => `#departement-${code}`}
          places={data.places}
          campuses={data.campuses}
          campusHref={(slug) => links.campusPage(slug)}
        />
        <Table
          id="table-departements"
          caption="Formations, plateformes technologiques et partenaires par département"
        >
          <thead>
            <tr>
              <th scope="col">Département</th>
              <th scope="col" className="text-right">
                Formations
              </th>
              <th scope="col" className="text-right">
                <abbr title="Plateformes technologiques">PFT</abbr>
              </th>
              <th scope="col" className="text-right">
                Partenaires
              </th>
            </tr>
          </thead>
          <tbody>
            {data.departements.map((d) => (
              <tr key={d.code}>
                <th scope="row">
                  <a href={`#departement-${d.code}`}>
                    {d.name} ({d.code})
                  </a>
                  {d.isBfc ? null : <span className="block text-xs font-normal text-muted">hors région</span>}
                </th>
                <td className="text-right">{d.formations.length}</td>
                <td className="text-right">{d.platforms.length}</td>
                <td className="text-right">{d.organisations.length}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      {data.unplaced.length ? (
        <details className="mt-6 max-w-prose">
          <summary className="cursor-pointer font-semibold">
            {countOf(
              data.unplaced.length,
              "élément sans commune connue n’est pas sur la carte",
              "éléments sans commune connue ne sont pas sur la carte",
            )}
            &nbsp;: les voir
          </summary>
          <div className="mt-3 grid gap-6 sm:grid-cols-3">
            {(
              [
                ["formation", "Formations", (slug: string) => links.formation(slug)],
                ["platform", "Plateformes technologiques", (slug: string) => links.platform(slug)],
                ["organisation", "Partenaires", (slug: string) => links.organisation(slug)],
              ] as const
            ).map(([kind, title, href]) => {
              const items = data.unplaced.filter((u) => u.kind === kind);
              return items.length ? (
                <div key={kind}>
                  <h2 className="mb-2 text-base font-bold">
                    {title} ({items.length})
                  </h2>
                  <ul className="flex flex-col gap-1 text-sm">
                    {items.map((u) => (
                      <li key={u.slug}>
                        <a href={href(u.slug)}>{fr(u.name)}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null;
            })}
          </div>
        </details>
      ) : null}
      {[...region, ...elsewhere].map((d) => (
        <Section
          key={d.code}
          id={`departement-${d.code}`}
          title={`${d.name} (${d.code})${d.isBfc ? "" : " — hors région"}`}
        >
          {d.formations.length + d.platforms.length + d.organisations.length === 0 ? (
            <p className="text-muted">
              Aucune formation, plateforme ou partenaire n’est situé dans ce département pour le moment.
            </p>
          ) : (
            <>
              {d.communes.length ? (
                <p className="mb-4 max-w-prose">
                  <span className="font-semibold">Communes&nbsp;: </span>
                  {d.communes.map((c) => `${c.name} (${c.count})`).join(", ")}
                </p>
              ) : null}
              <div className="grid gap-6 md:grid-cols-3">
                <ItemList
                  title="Formations"
                  items={d.formations.map((f) => ({
                    key: f.slug,
                    href: links.formation(f.slug),
                    name: f.name,
                    detail: f.commune,
                  }))}
                />
                <ItemList
                  title="Plateformes technologiques"
                  items={d.platforms.map((p) => ({
                    key: p.slug,
                    href: links.platform(p.slug),
                    name: p.name,
                    detail: p.commune,
                  }))}
                />
                <ItemList
                  title="Partenaires"
                  items={d.organisations.map((o) => ({
                    key: o.slug,
                    href: links.organisation(o.slug),
                    name: o.name,
                    detail: [o.commune, ORGANISATION_KIND_LABELS[o.kind]].filter(Boolean).join(", "),
                  }))}
                />
              </div>
            </>
          )}
        </Section>
      ))}
    </HubPage>
  );
}

function ItemList({
  title,
  items,
}: {
  title: string;
  items: { key: string; href: string; name: string; detail: string | null }[];
}) {
  return (
    <div>
      <h3 className="mb-2 text-lg font-bold">
        {title} ({items.length})
      </h3>
      {items.length ? (
        <ul className="flex flex-col gap-2 text-sm">
          {items.map((i) => (
            <li key={i.key}>
              <a href={i.href}>{i.name}</a>
              {i.detail ? <span className="text-muted"> — {i.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">Aucune.</p>
      )}
    </div>
  );
}
