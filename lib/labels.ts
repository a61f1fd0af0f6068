/**
 * French wording of every closed set of the model, in one place: pages,
 * forms, exports and the open data API use the same words.
 */
import type {
  ActionStatus,
  Audience,
  BeneficiaryUnit,
  CampusOrganisationRole,
  CouncilCollege,
  DiplomaType,
  FormationState,
  FundingKind,
  InstanceKind,
  LegalForm,
  Modality,
  OrganisationKind,
  PublicationState,
  RevisionKind,
  RoleKind,
  SocialNetwork,
  UserRole,
} from "@/lib/generated/prisma/enums";

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  PROJETEE: "Projetée",
  EN_COURS: "En cours",
  TERMINEE: "Terminée",
};
/** Headings of the Annexe I presentation: actions en cours / projetées / terminées. */
export const ACTION_STATUS_GROUP_LABELS: Record<ActionStatus, string> = {
  EN_COURS: "Actions en cours",
  PROJETEE: "Actions projetées",
  TERMINEE: "Actions terminées",
};
export const ACTION_STATUS_ORDER: ActionStatus[] = ["EN_COURS", "PROJETEE", "TERMINEE"];
/** Stable, URL-friendly status codes of the public pages and the open data API. */
export const ACTION_STATUS_CODES: Record<ActionStatus, string> = {
  PROJETEE: "projetee",
  EN_COURS: "en_cours",
  TERMINEE: "terminee",
};

/** What a beneficiary figure counts, singular and plural ("1 élève", "8 élèves"). */
export const BENEFICIARY_UNIT_LABELS: Record<BeneficiaryUnit, { one: string; other: string }> = {
  ELEVES: { one: "élève", other: "élèves" },
  APPRENTIS: { one: "apprenti", other: "apprentis" },
  ENSEIGNANTS: { one: "enseignant", other: "enseignants" },
  ETABLISSEMENTS: { one: "établissement", other: "établissements" },
  ENTREPRISES: { one: "entreprise", other: "entreprises" },
  PERSONNES: { one: "personne", other: "personnes" },
};
export const BENEFICIARY_UNIT_PLURALS = Object.fromEntries(
  Object.entries(BENEFICIARY_UNIT_LABELS).map(([unit, forms]) => [unit, forms.other]),
) as Record<BeneficiaryUnit, string>;
export const BENEFICIARY_UNIT_ORDER: BeneficiaryUnit[] = [
  "ELEVES",
  "APPRENTIS",
  "ENSEIGNANTS",
  "PERSONNES",
  "ETABLISSEMENTS",
  "ENTREPRISES",
];

export const PUBLICATION_LABELS: Record<PublicationState, string> = {
  DRAFT: "Brouillon",
  PUBLISHED: "Publiée",
  ARCHIVED: "Archivée",
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  COLLEGIENS: "Collégiens",
  LYCEENS: "Lycéens",
  APPRENTIS: "Apprentis",
  ETUDIANTS: "Étudiants",
  ENSEIGNANTS: "Enseignants",
  ENTREPRISES: "Entreprises",
  DEMANDEURS_EMPLOI: "Demandeurs d’emploi",
  SALARIES: "Salariés",
  PARENTS: "Parents",
  ARTISANS: "Artisans",
  ACTEURS_FORMATION: "Acteurs de la formation",
  ACTEURS_INSTITUTIONNELS: "Acteurs institutionnels",
  GRAND_PUBLIC: "Grand public",
};

export const DIPLOMA_LABELS: Record<DiplomaType, string> = {
  CAP: "CAP",
  BAC_PRO: "Bac pro",
  BP: "Brevet professionnel",
  MC: "Mention complémentaire",
  BTS: "BTS",
  DUT: "DUT",
  BUT: "BUT",
  LICENCE_PRO: "Licence professionnelle",
  LICENCE: "Licence",
  MASTER: "Master",
  INGENIEUR: "Diplôme d’ingénieur",
  DU: "Diplôme d’université (DU)",
  DNMADE: "DNMADe",
  TITRE_PRO: "Titre professionnel",
  AUTRE: "Autre formation",
};

/** Niveaux 3 to 8 of the national nomenclature of certifications. */
export const LEVEL_LABELS: Record<number, string> = {
  3: "Niveau 3 (CAP, BEP)",
  4: "Niveau 4 (baccalauréat)",
  5: "Niveau 5 (bac + 2)",
  6: "Niveau 6 (bac + 3)",
  7: "Niveau 7 (bac + 5)",
  8: "Niveau 8 (doctorat)",
};
export const MODALITY_LABELS: Record<Modality, string> = {
  SCOLAIRE: "Voie scolaire",
  APPRENTISSAGE: "Apprentissage",
  CONTRAT_PROFESSIONNALISATION: "Contrat de professionnalisation",
  ALTERNANCE: "Alternance",
  FORMATION_CONTINUE: "Formation continue",
  VAE: "VAE",
};

export const FORMATION_STATE_LABELS: Record<FormationState, string> = {
  OUVERTE: "Ouverte",
  EN_PROJET: "En projet",
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  INSTITUTIONNEL: "Institutionnel",
  COLLECTIVITE: "Collectivité",
  FINANCEUR: "Financeur",
  BRANCHE_PROFESSIONNELLE: "Branche professionnelle",
  OPCA: "OPCA",
  ETABLISSEMENT_SCOLAIRE: "Collège ou lycée",
  ENSEIGNEMENT_SUPERIEUR: "Enseignement supérieur",
  ORGANISME_FORMATION: "Organisme de formation",
  RECHERCHE: "Recherche",
  ENTREPRISE: "Entreprise",
  POLE_COMPETITIVITE: "Pôle de compétitivité",
  ASSOCIATION: "Association, réseau",
  AUTRE: "Autre",
};
/** Plural headings for the partner directory. */
export const ORGANISATION_KIND_PLURALS: Record<OrganisationKind, string> = {
  INSTITUTIONNEL: "Institutionnels",
  COLLECTIVITE: "Collectivités",
  FINANCEUR: "Financeurs",
  BRANCHE_PROFESSIONNELLE: "Branches professionnelles",
  OPCA: "OPCA",
  ETABLISSEMENT_SCOLAIRE: "Collèges et lycées",
  ENSEIGNEMENT_SUPERIEUR: "Enseignement supérieur",
  ORGANISME_FORMATION: "Organismes de formation",
  RECHERCHE: "Recherche",
  ENTREPRISE: "Entreprises",
  POLE_COMPETITIVITE: "Pôles de compétitivité",
  ASSOCIATION: "Associations et réseaux",
  AUTRE: "Autres acteurs",
};

export const CAMPUS_ORGANISATION_ROLE_LABELS: Record<CampusOrganisationRole, string> = {
  STRUCTURE_PORTEUSE: "Structure porteuse",
  CONSEIL_PERFECTIONNEMENT: "Membre du conseil de perfectionnement",
  CONSEIL_ADMINISTRATION: "Membre du conseil d’administration",
  FINANCEUR: "Financeur",
  PARTENAIRE: "Partenaire",
  BRANCHE_REFERENCE: "Branche de référence",
  MEMBRE: "Membre",
};

export const COUNCIL_COLLEGE_LABELS: Record<CouncilCollege, string> = {
  FORMATION: "Formation",
  BRANCHES_PROFESSIONNELLES: "Branches professionnelles",
  INSTITUTIONNELS: "Institutionnels",
};

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  LYCEE: "Lycée",
  ETABLISSEMENT_SUPERIEUR: "Établissement d’enseignement supérieur",
  GIP: "Groupement d’intérêt public (GIP)",
  ASSOCIATION_LOI_1901: "Association loi 1901",
};

export const ROLE_LABELS: Record<RoleKind, string> = {
  DIRECTEUR_CAMPUS: "Directeur de campus",
  DIRECTEUR_OPERATIONNEL: "Directeur opérationnel",
  PRESIDENT: "Président",
  COORDONNATEUR_REGIONAL: "Coordonnateur régional",
};

export const SOCIAL_NETWORK_LABELS: Record<SocialNetwork, string> = {
  SITE: "Site web",
  TWITTER: "Twitter",
  FACEBOOK: "Facebook",
  INSTAGRAM: "Instagram",
  LINKEDIN: "LinkedIn",
  YOUTUBE: "YouTube",
};

export const FUNDING_KIND_LABELS: Record<FundingKind, string> = {
  SUBVENTION: "Subvention",
  DOTATION: "Dotation",
  POSTE: "Financement de poste",
  EN_NATURE: "Contribution en nature",
  SOUTIEN_ACTION: "Soutien à une action",
};

export const INSTANCE_KIND_LABELS: Record<InstanceKind, string> = {
  CREFOP_COMMISSION: "Commission du CREFOP",
  COMITE_PILOTAGE_REGIONAL: "Comité de pilotage régional",
  CONSEIL_PERFECTIONNEMENT: "Conseil de perfectionnement",
  ASSEMBLEE_GENERALE: "Assemblée générale",
};

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  DO: "Directeur opérationnel (un campus)",
  COORDINATOR: "Coordination régionale (tous les campus)",
};

/** Kinds of change in an action's history. */
export const REVISION_KIND_LABELS: Record<RevisionKind, string> = {
  CREATE: "Création",
  UPDATE: "Modification",
  STATUS: "Changement de statut",
  PUBLISH: "Publication",
  UNPUBLISH: "Retrait de la publication",
  ARCHIVE: "Archivage",
  RESTORE: "Restauration",
  REVERT: "Retour à une version antérieure",
};
