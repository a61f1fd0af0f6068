/**
 * Publication life cycle shared by organisations, formations and PFT:
 * draft → published (validated) → draft again, archived (kept, restorable)
 * → draft. Nothing is hard-deleted from the back office.
 */
import { z } from "zod";

export const PUBLICATION_OPERATIONS = ["publish", "unpublish", "archive", "restore"] as const;
export type PublicationOperation = (typeof PUBLICATION_OPERATIONS)[number];
export const publicationOperationSchema = z.enum(PUBLICATION_OPERATIONS, { error: "Opération inconnue." });

type State = "DRAFT" | "PUBLISHED" | "ARCHIVED";

export const PUBLICATION_TRANSITIONS: Record<PublicationOperation, { from: State[]; refused: string }> = {
  publish: { from: ["DRAFT"], refused: "Seul un brouillon peut être publié." },
  unpublish: { from: ["PUBLISHED"], refused: "Cet élément n’est pas publié." },
  archive: { from: ["DRAFT", "PUBLISHED"], refused: "Cet élément est déjà archivé." },
  restore: { from: ["ARCHIVED"], refused: "Cet élément n’est pas archivé." },
};

export type PublicationData = ReturnType<typeof publicationData>;

/** The columns an operation writes. */
export function publicationData(operation: PublicationOperation, now: Date = new Date()) {
  switch (operation) {
    case "publish":
      return { publication: "PUBLISHED" as const };
    case "unpublish":
      return { publication: "DRAFT" as const };
    case "archive":
      return { publication: "ARCHIVED" as const, archivedAt: now };
    case "restore":
      return { publication: "DRAFT" as const, archivedAt: null };
  }
}

export const DEPARTEMENT_PATTERN = /^(?:\d{2}|2[AB]|97\d)$/;
