/** French words of the audit log (kinds of record and operations). */
export const AUDIT_ENTITY_TYPES = [
  "action",
  "organisation",
  "formation",
  "platform",
  "funding",
  "meeting",
  "campus",
  "user",
  "import",
  "report",
  "media",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ENTITY_LABELS: Record<AuditEntityType, string> = {
  action: "Action",
  organisation: "Organisation",
  formation: "Formation",
  platform: "Plateforme technologique",
  funding: "Financement",
  meeting: "Réunion de gouvernance",
  campus: "Campus",
  user: "Compte utilisateur",
  import: "Import CSV",
  report: "Rapport annuel",
  media: "Image ou document",
};

export const AUDIT_OPERATION_LABELS: Record<string, string> = {
  create: "Création",
  update: "Modification",
  status: "Changement de statut",
  publish: "Publication",
  unpublish: "Retrait de la publication",
  archive: "Archivage",
  restore: "Restauration",
  revert: "Retour à une version antérieure",
  delete: "Suppression",
  propose: "Proposition",
  validate: "Validation",
  deactivate: "Désactivation",
  reactivate: "Réactivation",
  "reset-password": "Réinitialisation du mot de passe",
  "change-password": "Changement de mot de passe",
  import: "Import",
  reopen: "Réouverture",
  upload: "Ajout d'un fichier",
};
