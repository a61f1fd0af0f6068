import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { Section } from "@/components/ui/section";
import { currentSite } from "@/lib/site/current";
import { hubHref } from "@/lib/site/links";

export const generateMetadata = hubPageMetadata({
  name: "Données personnelles",
  path: "/donnees-personnelles",
  description:
    "Ce portail ne dépose aucun cookie de mesure d’audience ni de publicité et ne fait appel à aucun service tiers.",
});

export default async function PrivacyPage() {
  const site = await currentSite();
  return (
    <HubPage
      site={site}
      crumb="Données personnelles"
      title="Données personnelles et cookies"
      lead="En résumé&nbsp;: vous pouvez consulter tout le portail sans qu’aucun cookie ne soit déposé et sans qu’aucune donnée vous concernant ne soit transmise à un tiers."
    >
      <div className="max-w-prose">
        <Section id="visiteurs" title="Pour les visiteurs">
          <ul className="list-disc space-y-2 pl-6">
            <li>Aucun cookie n’est déposé sur votre appareil quand vous consultez les pages publiques.</li>
            <li>Aucune mesure d’audience, aucun outil de suivi, aucune publicité.</li>
            <li>
              Aucune requête vers un autre site&nbsp;: les polices de caractères, la carte et toutes les
              ressources sont servies par le portail lui-même. Les liens vers d’autres sites (réseaux sociaux
              des campus, sites des partenaires) ne sont suivis que si vous cliquez dessus.
            </li>
            <li>
              La recherche et les filtres passent par l’adresse de la page&#x202F;; ils ne sont pas associés à
              votre personne.
            </li>
          </ul>
          <p className="mt-4">
            C’est pourquoi ce portail n’affiche pas de bandeau de consentement&nbsp;: il n’y a rien à accepter
            ni à refuser.
          </p>
        </Section>
        <Section id="espace-des-directeurs" title="Pour les directeurs des campus">
          <p>
            L’espace réservé aux directeurs opérationnels et à la coordination régionale utilise un seul
            cookie, strictement nécessaire&nbsp;: le cookie de session, déposé à la connexion et supprimé à la
            déconnexion. Il ne sert qu’à vous reconnaître pendant votre session. Les comptes contiennent votre
            nom, votre adresse électronique et votre rôle&#x202F;; l’historique des modifications garde la
            trace de qui a modifié quoi, pour la qualité du rapport d’activité.
          </p>
        </Section>
        <Section id="contenus-publies" title="Noms publiés">
          <p>
            Les pages des campus ne nomment des personnes (présidents, directeurs) que lorsque le rapport
            d’activité les nomme, dans le cadre de leurs fonctions. Pour demander une rectification ou une
            suppression, écrivez au campus concerné (voir la page{" "}
            <a href={hubHref(site, "/contact")}>Contact</a>).
          </p>
        </Section>
        <Section id="vos-droits" title="Vos droits">
          <p>
            Vous disposez d’un droit d’accès, de rectification, d’effacement et d’opposition sur les données
            vous concernant. Si vous estimez, après nous avoir contactés, que vos droits ne sont pas
            respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des
            libertés (CNIL).
          </p>
        </Section>
      </div>
    </HubPage>
  );
}
