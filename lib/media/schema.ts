/** The fields sent with an uploaded file, shared by the upload forms and the server. */
import { z } from "zod";
import { checkbox, longText } from "@/lib/forms/fields";

export const MEDIA_OWNER_KINDS = ["ACTION", "CAMPUS", "ORGANISATION"] as const;
export const MEDIA_ROLES = ["IMAGE", "ATTACHMENT", "LOGO"] as const;

export const mediaUploadSchema = z.object({
  ownerKind: z.enum(MEDIA_OWNER_KINDS, { error: "Propriétaire du fichier inconnu." }),
  ownerId: z.string({ error: "Propriétaire du fichier inconnu." }).min(1).max(64),
  role: z.enum(MEDIA_ROLES, { error: "Type de fichier inconnu." }),
  altText: longText("le texte alternatif", 300),
  isDecorative: checkbox.default(false),
  title: longText("le titre du document", 200),
});

export type MediaUploadInput = z.output<typeof mediaUploadSchema>;

/** Which roles a kind of owner has: actions have images and attachments, campuses and organisations a logo. */
export function roleFitsOwner(kind: MediaUploadInput["ownerKind"], role: MediaUploadInput["role"]): boolean {
  return kind === "ACTION" ? role !== "LOGO" : role === "LOGO";
}
