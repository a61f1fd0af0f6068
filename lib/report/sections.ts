/**
 * The written parts of the annual report: the seven sections each campus
 * writes (CampusReport) and the regional parts the coordinator writes
 * (ReportEdition). Forms, completeness checks and renderers share this list.
 */

export const CAMPUS_SECTION_KEYS = [
  "summary",
  "strategy",
  "governance",
  "mainActions",
  "results",
  "lessons",
  "outlook",
] as const;
export type CampusSectionKey = (typeof CAMPUS_SECTION_KEYS)[number];

export const CAMPUS_SECTIONS: Record<CampusSectionKey, { label: string; heading: string; hint: string }> = {
  summary: {
    label: "Résumé",
    heading: "Résumé",
    hint: "Un paragraphe : il ouvre le rapport régional, avec celui des autres campus.",
  },
  strategy: {
    label: "Stratégie",
    heading: "La stratégie",
    hint: "Les orientations de l'année, les problématiques retenues, le plan d'actions.",
  },
  governance: {
    label: "Gouvernance",
    heading: "La gouvernance",
    hint: "Conseil de perfectionnement, assemblée générale, structure porteuse, faits marquants.",
  },
  mainActions: {
    label: "Principales actions",
    heading: "Les principales actions",
    hint: "Le récit des actions marquantes ; la liste détaillée vient des fiches actions.",
  },
  results: {
    label: "Résultats et produits observables",
    heading: "Résultats et produits observables",
    hint: "Ce qui a été produit ou obtenu : notes, formations ouvertes, partenariats…",
  },
  lessons: {
    label: "Enseignements et points de vigilance",
    heading: "Enseignements et points de vigilance",
    hint: "Ce que l'année apprend, les freins et les risques à surveiller.",
  },
  outlook: {
    label: "Perspectives",
    heading: "Perspectives",
    hint: "Les projets et les pistes pour l'année suivante.",
  },
};

export const REGION_PART_KEYS = ["summary", "presentation", "positioning", "actors", "outlook"] as const;
export type RegionPartKey = (typeof REGION_PART_KEYS)[number];

export const REGION_PARTS: Record<RegionPartKey, { label: string; hint: string }> = {
  summary: {
    label: "Résumé régional",
    hint: "Ouvre le résumé, avant les paragraphes des campus.",
  },
  presentation: {
    label: "Présentation du rapport",
    hint: "Ce que sont les CMQ et comment le rapport est organisé.",
  },
  positioning: {
    label: "Chapitre 1 — Positionnement global",
    hint: "Sous-titres de niveau ### : Objectifs, Gouvernance, Outils de communication. Les instances et les réunions de l'année sont ajoutées à la gouvernance.",
  },
  actors: {
    label: "Chapitre 2 — Les acteurs",
    hint: "Sous-titres ### : Les financeurs, Les institutionnels, Les filières et branches professionnelles, Les plateformes technologiques. Les tableaux de données y sont ajoutés.",
  },
  outlook: {
    label: "Chapitre 4 — Perspectives",
    hint: "Sous-titres ### ; les critères de labellisation et les projets de nouveaux campus sont ajoutés.",
  },
};
