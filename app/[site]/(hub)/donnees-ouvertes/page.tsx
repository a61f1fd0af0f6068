import { hubPageMetadata } from "@/lib/seo/hub-page";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { listCampuses } from "@/lib/campuses/queries";
import { COLLECTION_NAMES, CSV_LIST_SEPARATOR, collectionSpec } from "@/lib/opendata/collections";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/opendata/filters";
import { LICENCE, queryParameters } from "@/lib/opendata/openapi";
import { invalidQueryProblem } from "@/lib/opendata/problem";
import { publicUrls } from "@/lib/opendata/urls";
import { campusUrl, hubUrl } from "@/lib/site/links";
import { currentSite } from "@/lib/site/current";
import { CodeBlock } from "./code-block";
import { ParametersTable } from "./parameters-table";
import { fr } from "@/lib/text/typography";

export const generateMetadata = hubPageMetadata({
  name: "Données ouvertes",
  path: "/donnees-ouvertes",
  description:
    "API ouverte, exports CSV, flux d’actualités, agenda et module à intégrer\u00A0: les données des six CMQ de Bourgogne-Franche-Comté, réutilisables sous Licence Ouverte 2.0.",
});

const SECTIONS = [
  { id: "licence", title: "Licence et contenu" },
  { id: "api", title: "L’API" },
  { id: "collections", title: "Les collections" },
  { id: "csv", title: "Exports CSV" },
  { id: "cache-et-erreurs", title: "Cache et erreurs" },
  { id: "flux", title: "Flux d’actualités" },
  { id: "agenda", title: "Agenda" },
  { id: "module", title: "Module à intégrer" },
  { id: "contact", title: "Contact" },
];

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-titre`} className="mt-12 max-w-prose scroll-mt-4">
      <h2 id={`${id}-titre`} className="text-2xl font-bold">
        {fr(title)}
      </h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

export default async function OpenDataPage() {
  const site = await currentSite();
  const campuses = await listCampuses();
  const api = publicUrls.api(site);
  const example = campuses.find((c) => c.slug === "ti") ?? campuses[0];
  const exampleProblem = invalidQueryProblem(
    [
      {
        parameter: "status",
        detail: "statut\u00A0: valeur inconnue (valeurs possibles\u00A0: projetee, en_cours, terminee)",
      },
    ],
    publicUrls.documentation(site, "requete-invalide"),
    "/api/v1/actions?status=finie",
  );

  return (
    <Container>
      <PageHeading
        title="Données ouvertes"
        lead="Les actions, formations, partenaires, plateformes technologiques et financements publiés par les six Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté, librement réutilisables&nbsp;: API, exports CSV, flux d’actualités, agenda et module à intégrer à votre site."
      />

      <nav aria-labelledby="sommaire-titre" className="max-w-prose rounded border border-line bg-subtle p-4">
        <h2 id="sommaire-titre" className="font-semibold">
          Sur cette page
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{fr(s.title)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <Section id="licence" title="Licence et contenu">
        <p>
          Les données sont publiées sous la{" "}
          <a href={LICENCE.url} hrefLang="fr">
            Licence Ouverte / Open Licence version 2.0
          </a>{" "}
          d’Etalab&nbsp;: vous pouvez les copier, les modifier, les diffuser et les exploiter, y compris
          commercialement, à condition de mentionner leur source et la date de leur dernière mise à jour, par
          exemple&nbsp;: «&#x202F;Source&nbsp;: Campus des Métiers et des Qualifications de
          Bourgogne-Franche-Comté, {hubUrl(site, "/donnees-ouvertes")}, données mises à jour le …&#x202F;».
        </p>
        <p>
          Seules les informations publiées sur le portail sont diffusées&nbsp;: ni les brouillons, ni les
          éléments archivés, ni aucune donnée personnelle (comptes, adresses électroniques ou noms de
          personnes). Les adresses de contact diffusées sont celles des campus.
        </p>
      </Section>

      <Section id="api" title="L’API">
        <p>
          L’API est en lecture seule, sans clé ni inscription, et accepte les requêtes de tous les sites (
          <abbr title="Cross-Origin Resource Sharing">CORS</abbr> ouvert). Son adresse&nbsp;:{" "}
          <code className="font-mono">{api}</code>. Sa description complète au format OpenAPI 3.1, générée à
          partir des mêmes schémas que ceux qui valident les requêtes, se trouve à l’adresse{" "}
          <a href={publicUrls.api(site, "/openapi.json")}>{publicUrls.api(site, "/openapi.json")}</a>.
        </p>
        <p>
          Une liste renvoie <code className="font-mono">{`{ "data": [ … ], "nextCursor": … }`}</code>&nbsp;:
          au plus <code className="font-mono">limit</code> éléments ({DEFAULT_LIMIT} par défaut, {MAX_LIMIT}{" "}
          au plus), triés par leur identifiant lisible (<code className="font-mono">slug</code>). Pour la page
          suivante, reprenez la même adresse avec <code className="font-mono">cursor=</code> suivi de la
          valeur de <code className="font-mono">nextCursor</code> (aussi donnée dans l’en-tête{" "}
          <code className="font-mono">Link</code>)&#x202F;; <code className="font-mono">nextCursor</code> vaut{" "}
          <code className="font-mono">null</code> sur la dernière page. Une fiche,{" "}
          <code className="font-mono">/api/v1/&lt;collection&gt;/&lt;id&gt;</code>, renvoie{" "}
          <code className="font-mono">{`{ "data": { … } }`}</code>.
        </p>
        <p>
          Chaque élément a un identifiant stable <code className="font-mono">id</code> (le même que dans
          l’espace de gestion des campus), son <code className="font-mono">slug</code>, l’adresse de sa page
          publique <code className="font-mono">url</code> et les campus concernés{" "}
          <code className="font-mono">campuses</code>. Les valeurs codées sont données avec leur libellé (
          <code className="font-mono">{`{ "code": "en_cours", "label": "En cours" }`}</code>
          ), le code étant celui qu’acceptent les filtres. Les dates partielles portent leur précision (
          <code className="font-mono">{`{ "date": "2018-06", "precision": "month" }`}</code>).
        </p>
        <p>
          Un filtre à plusieurs valeurs se répète ou prend une liste séparée par des virgules&nbsp;:{" "}
          <code className="font-mono">campus=ti&amp;campus=msi</code> ou{" "}
          <code className="font-mono">campus=ti,msi</code>. Un paramètre inconnu est refusé.
        </p>
        <CodeBlock label="Exemple&nbsp;: les actions en cours du CMQ Territoire Intelligent, avec curl">{`curl "${api}/actions?campus=ti&status=en_cours&limit=10"`}</CodeBlock>
      </Section>

      <Section id="collections" title="Les collections">
        {COLLECTION_NAMES.map((name) => {
          const spec = collectionSpec(name);
          const path = `/api/v1/${name}`;
          const parameters = queryParameters(name);
          const exampleUrl = `${api}/${name}${spec.example ? `?${spec.example}` : ""}`;
          return (
            <section key={name} aria-labelledby={`collection-${name}`} className="mt-8">
              <h3 id={`collection-${name}`} className="text-xl font-bold">
                {fr(spec.title)} — <code className="font-mono">{path}</code>
              </h3>
              <p className="mt-2">{fr(spec.description)}</p>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                <li>
                  Liste&nbsp;: <a href={exampleUrl}>{exampleUrl}</a>
                </li>
                <li>
                  Fiche&nbsp;: <code className="font-mono">{`${api}/${name}/<id>`}</code>
                </li>
                <li>
                  Export CSV&nbsp;: <a href={`${api}/${name}?format=csv`}>{`${api}/${name}?format=csv`}</a>
                </li>
              </ul>
              <ParametersTable path={path} parameters={parameters} />
            </section>
          );
        })}
      </Section>

      <Section id="csv" title="Exports CSV">
        <p>
          Ajoutez <code className="font-mono">format=csv</code> à une liste, avec ou sans filtres&nbsp;: vous
          obtenez tous les éléments correspondants (ou les <code className="font-mono">limit</code> premiers
          si vous le précisez) dans un fichier que les tableurs ouvrent directement.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            encodage UTF-8 avec indicateur d’ordre des octets (BOM), pour que les accents s’affichent&#x202F;;
          </li>
          <li>
            séparateur virgule, une ligne d’en-tête, lignes terminées par CRLF, champs entre guillemets quand
            il le faut (RFC 4180)&#x202F;;
          </li>
          <li>
            plusieurs valeurs dans une cellule séparées par «&#x202F;
            <code className="font-mono">{CSV_LIST_SEPARATOR.trim()}</code>&#x202F;», oui/non pour les valeurs
            booléennes&#x202F;;
          </li>
          <li>
            un texte commençant par =, +, - ou @ est précédé d’une apostrophe, pour qu’aucun tableur ne
            l’exécute comme une formule.
          </li>
        </ul>
        <CodeBlock label="Exemple&nbsp;: enregistrer les formations d’un campus en CSV, avec curl">{`curl -o formations.csv "${api}/formations?format=csv&campus=${example?.slug ?? "ti"}"`}</CodeBlock>
      </Section>

      <Section id="cache-et-erreurs" title="Cache et erreurs">
        <p>
          Chaque réponse porte un en-tête <code className="font-mono">ETag</code> (empreinte du contenu) et{" "}
          <code className="font-mono">Cache-Control: public, max-age=60</code>. Renvoyez l’ETag reçu dans{" "}
          <code className="font-mono">If-None-Match</code>&nbsp;: si rien n’a changé, la réponse est un{" "}
          <code className="font-mono">304 Not Modified</code> sans contenu.
        </p>
        <h3 id="requete-invalide" className="text-xl font-bold">
          Requête invalide (400)
        </h3>
        <p>
          Un paramètre inconnu ou une valeur refusée donne une réponse 400 au format{" "}
          <code className="font-mono">application/problem+json</code> (RFC 9457), dont le tableau{" "}
          <code className="font-mono">errors</code> nomme chaque paramètre en cause&nbsp;:
        </p>
        <CodeBlock label="Exemple de réponse 400 (GET /api/v1/actions?status=finie)">
          {JSON.stringify(exampleProblem, null, 2)}
        </CodeBlock>
        <h3 id="introuvable" className="text-xl font-bold">
          Élément introuvable (404)
        </h3>
        <p>
          Une collection inconnue, ou un identifiant qui ne correspond à aucun élément publié, donne une
          réponse 404 au même format. Une panne du service donne une réponse 500, au même format elle aussi,
          qui n’est jamais mise en cache.
        </p>
      </Section>

      <Section id="flux" title="Flux d’actualités">
        <p>
          Chaque campus publie un flux Atom de ses actions, les plus récemment publiées en premier, à suivre
          dans un lecteur de flux&nbsp;:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {campuses.map((c) => (
            <li key={c.slug}>
              <a href={campusUrl(site, c.slug, "/actualites.xml")} type="application/atom+xml">
                Actualités du {c.shortName}
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="agenda" title="Agenda">
        <p>
          Les actions datées et les réunions de gouvernance sont publiées au format iCalendar, à ajouter à un
          agenda (Thunderbird, Outlook, Google Agenda…) par son adresse pour qu’il se mette à jour&nbsp;:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href={hubUrl(site, "/agenda.ics")} type="text/calendar">
              Agenda de tous les campus
            </a>
          </li>
          {campuses.map((c) => (
            <li key={c.slug}>
              <a href={campusUrl(site, c.slug, "/agenda.ics")} type="text/calendar">
                Agenda du {c.shortName}
              </a>
            </li>
          ))}
        </ul>
        <p>
          Les évènements occupent des journées entières. Seules les dates connues au jour près y
          figurent&nbsp;: une action datée seulement d’un mois ou d’une année n’y apparaît pas (elle reste
          dans l’API, avec sa précision). Une action dont le début et la fin sont connus au jour près couvre
          toute sa durée&#x202F;; sinon, elle figure à son jour de début.
        </p>
      </Section>

      <Section id="module" title="Module à intégrer">
        <p>
          Un lycée, un centre de formation ou un partenaire peut afficher les formations d’un campus sur son
          propre site en copiant une ligne. Le module est accessible, ne dépose aucun cookie, ne fait appel à
          aucun service extérieur, et ses liens ouvrent la fiche de la formation sur le portail dans un nouvel
          onglet.
        </p>
        {example ? (
          <CodeBlock label="Code d’intégration du module">{`<iframe src="${campusUrl(site, example.slug, "/widget/formations")}" title="Formations du ${example.shortName}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`}</CodeBlock>
        ) : null}
        <p>
          Remplacez <code className="font-mono">{example?.slug ?? "ti"}</code> par le campus voulu. Les
          filtres des formations s’ajoutent à l’adresse, par exemple{" "}
          <code className="font-mono">?diploma=bts</code> ou{" "}
          <code className="font-mono">?departement=25</code>. Adresses du module&nbsp;:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {campuses.map((c) => (
            <li key={c.slug}>
              <a href={campusUrl(site, c.slug, "/widget/formations")}>Formations du {c.shortName}</a>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="contact" title="Contact">
        <p>
          Une question sur ces données, une erreur à signaler, un besoin de réutilisation&nbsp;: écrivez au
          campus concerné.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {campuses.map((c) => (
            <li key={c.slug}>
              {c.shortName}&nbsp;: <a href={`mailto:${c.email}`}>{c.email}</a>
            </li>
          ))}
        </ul>
      </Section>
    </Container>
  );
}
