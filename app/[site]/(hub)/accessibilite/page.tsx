import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { ACCESSIBILITY_STATUS } from "@/components/layout/chrome";
import { currentSite } from "@/lib/site/current";
import { hubHref } from "@/lib/site/links";
import { fr } from "@/lib/text/typography";
import { pluralForm } from "@/lib/text/plural";

export const generateMetadata = hubPageMetadata({
  name: "Déclaration d’accessibilité",
  path: "/accessibilite",
  description: `Déclaration d’accessibilité du portail des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté\u00A0: ${ACCESSIBILITY_STATUS} avec le RGAA 4.1.`,
});

/**
 * Results of the internal audit, theme by theme (RGAA 4.1). Keep this table
 * true: update it when a page template changes or a test finds a problem.
 */
const AUDIT: { theme: string; result: string; notes: string }[] = [
  {
    theme: "1. Images",
    result: "Conforme",
    notes:
      "Pas d’image porteuse d’information hors de la carte\u202F; la carte a un titre, chaque département un nom complet, et un tableau équivalent.",
  },
  {
    theme: "2. Cadres",
    result: "Non applicable",
    notes: "Aucun cadre (iframe)\u00A0: aucun contenu intégré d’un autre site.",
  },
  {
    theme: "3. Couleurs",
    result: "Conforme",
    notes:
      "Contrastes vérifiés (4,5:1 pour le texte, 3:1 pour les composants)\u202F; un statut est toujours écrit en toutes lettres.",
  },
  { theme: "4. Multimédia", result: "Non applicable", notes: "Aucune vidéo ni aucun son." },
  {
    theme: "5. Tableaux",
    result: "Conforme",
    notes: "Tableaux de données avec titre (caption) et en-têtes de lignes et de colonnes associés.",
  },
  {
    theme: "6. Liens",
    result: "Conforme",
    notes:
      "Intitulés explicites\u202F; les liens répétés («\u202FVoir les … actions\u202F») précisent leur cible.",
  },
  {
    theme: "7. Scripts",
    result: "Conforme",
    notes: "Tout fonctionne sans JavaScript (recherche, filtres, pagination, changement de campus).",
  },
  {
    theme: "8. Éléments obligatoires",
    result: "Non conforme",
    notes:
      "Langue, titres de page et code valides\u202F; mais certains termes anglais repris du rapport («\u202FSmart-Grids\u202F», «\u202FFood Use Tech\u202F»…) ne sont pas signalés comme tels (critère 8.7).",
  },
  {
    theme: "9. Structuration de l’information",
    result: "Conforme",
    notes:
      "Un titre de niveau 1 par page, titres hiérarchisés, listes et régions (en-tête, navigation, contenu, pied de page).",
  },
  {
    theme: "10. Présentation de l’information",
    result: "Conforme",
    notes:
      "Lisible à 320 pixels de large sans défilement horizontal, zoom à 200 %, focus toujours visible, feuille de style d’impression.",
  },
  {
    theme: "11. Formulaires",
    result: "Conforme",
    notes:
      "Chaque champ a une étiquette visible\u202F; filtres et cases à cocher regroupés avec une légende.",
  },
  {
    theme: "12. Navigation",
    result: "Conforme",
    notes:
      "Menu, moteur de recherche et plan du site\u202F; lien d’évitement vers le contenu\u202F; fil d’Ariane\u202F; ordre de tabulation cohérent.",
  },
  {
    theme: "13. Consultation",
    result: "Conforme",
    notes:
      "Pas de limite de temps, pas de contenu clignotant. Les rapports d’activité se téléchargent en PDF et en DOCX\u00A0: le PDF a un texte sélectionnable et des signets mais n’est pas balisé\u202F; le DOCX, structuré par des styles de titres, en est la version accessible (critère 13.3).",
  },
];

function count(result: string): number {
  return AUDIT.filter((row) => row.result === result).length;
}

export default async function AccessibilityPage() {
  const site = await currentSite();
  return (
    <HubPage site={site} crumb="Accessibilité" title="Déclaration d’accessibilité">
      <div className="max-w-prose">
        <p>
          Les Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté s’engagent à rendre leur
          portail accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
        </p>
        <p className="mt-3">
          Cette déclaration d’accessibilité s’applique au portail régional et aux six sites des campus
          (adresses en <span lang="en">cmq-bfc.org</span>), pour leurs pages publiques.
        </p>
      </div>
      <Section id="etat-de-conformite" title="État de conformité">
        <p className="max-w-prose">
          Le portail est <strong>{ACCESSIBILITY_STATUS}</strong> avec le référentiel général d’amélioration de
          l’accessibilité (RGAA), version 4.1, en raison de la non-conformité énumérée ci-dessous.
        </p>
      </Section>
      <Section id="resultats-des-tests" title="Résultats des tests">
        <div className="max-w-prose space-y-3">
          <p>
            L’audit interne réalisé le 26 novembre 2026 par l’équipe qui développe le portail porte sur chaque
            gabarit de page&nbsp;: accueil, listes et fiches (actions, formations, partenaires, plateformes),
            recherche, carte, financeurs, pages des campus, bilan annuel, pages d’information et page
            d’erreur. Il combine&nbsp;:
          </p>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              des tests automatiques (axe-core, règles WCAG 2.0, 2.1 et 2.2 niveaux A et AA) exécutés sur
              chaque gabarit à chaque modification du code, sans aucune erreur détectée&#x202F;;
            </li>
            <li>
              un parcours complet au clavier seul (recherche, résultat, fiche d’action, fiche de partenaire)
              vérifié automatiquement&#x202F;;
            </li>
            <li>une vérification à 320 pixels de large et à l’impression&#x202F;;</li>
            <li>une revue manuelle, critère par critère, résumée thème par thème ci-dessous.</li>
          </ul>
          <p>
            Sur les {AUDIT.length} thématiques du RGAA, {count("Non applicable")}{" "}
            {pluralForm(count("Non applicable"), { one: "est sans objet", other: "sont sans objet" })} pour ce
            portail, {count("Conforme")}{" "}
            {pluralForm(count("Conforme"), { one: "est conforme", other: "sont conformes" })} et{" "}
            {count("Non conforme")}{" "}
            {pluralForm(count("Non conforme"), { one: "comporte", other: "comportent" })} une non-conformité.
            Cet audit interne ne remplace pas un audit complet par un organisme indépendant, qui reste à
            réaliser&#x202F;; les tests avec des lecteurs d’écran ont été limités.
          </p>
        </div>
        <div className="mt-6">
          <Table id="table-audit" caption="Résultats de l’audit interne par thématique du RGAA 4.1">
            <thead>
              <tr>
                <th scope="col">Thématique</th>
                <th scope="col">Résultat</th>
                <th scope="col">Constats</th>
              </tr>
            </thead>
            <tbody>
              {AUDIT.map((row) => (
                <tr key={row.theme}>
                  <th scope="row">{fr(row.theme)}</th>
                  <td className="whitespace-nowrap">{row.result}</td>
                  <td>{fr(row.notes)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </Section>
      <Section id="contenus-non-accessibles" title="Contenus non accessibles">
        <div className="max-w-prose space-y-3">
          <h3 className="text-xl font-bold">Non-conformité</h3>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              Critère 8.7&nbsp;: des mots et expressions en anglais cités dans les textes du rapport
              d’activité (noms de salons, de projets ou de technologies) ne sont pas balisés comme
              tels&#x202F;; un lecteur d’écran peut les prononcer à la française.
            </li>
          </ul>
          <h3 className="text-xl font-bold">Dérogation et alternative</h3>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              Les rapports d’activité au format PDF (page{" "}
              <a href={hubHref(site, "/rapports")}>Rapports d’activité</a>) ne sont pas des PDF balisés&nbsp;:
              utilisez la version Word (DOCX) proposée à côté de chacun, dont les titres forment le plan du
              document.
            </li>
          </ul>
          <h3 className="text-xl font-bold">Contenus non soumis à l’obligation d’accessibilité</h3>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              Les sites des partenaires et les réseaux sociaux des campus vers lesquels pointent des
              liens&nbsp;: ils relèvent de leurs éditeurs.
            </li>
          </ul>
        </div>
      </Section>
      <Section id="etablissement" title="Établissement de cette déclaration">
        <div className="max-w-prose space-y-3">
          <p>Cette déclaration a été établie le 26 novembre 2026.</p>
          <h3 className="text-xl font-bold">Technologies utilisées</h3>
          <p>HTML5, CSS, SVG (carte)&#x202F;; JavaScript facultatif.</p>
          <h3 className="text-xl font-bold">Agents utilisateurs et technologies d’assistance</h3>
          <p>
            Aucun lecteur d’écran ni aucune autre technologie d’assistance n’a été utilisé pour cet audit
            interne. Les rôles, noms et états que ces technologies annoncent ont été vérifiés dans l’arbre
            d’accessibilité de Chromium, par les tests automatisés qui parcourent le portail comme un
            utilisateur (rôles ARIA et intitulés accessibles).
          </p>
          <h3 className="text-xl font-bold">Environnement de test</h3>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              Navigateur Chromium (moteur de Google Chrome et de Microsoft Edge), sous Linux, en affichage
              bureau et à 320 pixels de large&#x202F;;
            </li>
            <li>navigation au clavier seul&#x202F;;</li>
            <li>outil d’évaluation automatique axe-core 4.14 (via Playwright)&#x202F;;</li>
            <li>impression (mode «&#x202F;print&#x202F;» du navigateur).</li>
          </ul>
          <h3 className="text-xl font-bold">Pages vérifiées</h3>
          <p>
            Un exemplaire de chaque gabarit, sur le portail régional et sur un site de campus&nbsp;: accueil,
            Les CMQ, actions (liste et fiche), formations (liste et fiche), partenaires (liste et fiche),
            plateformes technologiques (liste et fiche), financeurs, carte, recherche (avec et sans résultat),
            contact, plan du site, mentions légales, données personnelles, accessibilité, rapports d’activité,
            bilan annuel d’un campus et page d’erreur 404.
          </p>
        </div>
      </Section>
      <Section id="retour-information" title="Retour d’information et contact">
        <p className="max-w-prose">
          Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez au campus concerné (adresses
          sur la page <a href={hubHref(site, "/contact")}>Contact</a>)&nbsp;: nous vous indiquerons une autre
          façon d’y accéder et nous corrigerons la page.
        </p>
      </Section>
      <Section id="voies-de-recours" title="Voies de recours">
        <div className="max-w-prose space-y-3">
          <p>
            Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à
            un service du portail et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez&nbsp;:
          </p>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              écrire un message au Défenseur des droits, par son{" "}
              <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a>&#x202F;;
            </li>
            <li>
              contacter{" "}
              <a href="https://www.defenseurdesdroits.fr/carte-des-delegues">
                le délégué du Défenseur des droits dans votre région
              </a>
              &#x202F;;
            </li>
            <li>
              envoyer un courrier par la poste (gratuit, ne pas mettre de timbre)&nbsp;: Défenseur des droits,
              Libre réponse 71120, 75342 Paris CEDEX 07.
            </li>
          </ul>
        </div>
      </Section>
    </HubPage>
  );
}
