/** The site settings form ("Paramètres du site"), shared by form and server. Every field may stay empty. */
import { z } from "zod";
import { longText } from "@/lib/forms/fields";

const text = (what: string, max: number) => longText(what, max);

const optionalEmail = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
  z
    .string()
    .max(254, { error: "Adresse e-mail\u00A0: 254 caractères au plus." })
    .refine((v) => v === "" || z.email().safeParse(v).success, {
      error: "Saisissez une adresse e-mail valide, par exemple contact@exemple.fr, ou laissez vide.",
    }),
);

const optionalDay = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z
    .string()
    .refine(
      (v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))),
      {
        error: "Saisissez une date valide, par exemple 31/03/2027, ou laissez vide.",
      },
    )
    .transform((v) => (v === "" ? null : new Date(`${v}T00:00:00Z`))),
);

export const siteSettingsSchema = z.object({
  publisherName: text("le nom de l’éditeur", 200),
  publisherAddress: text("l’adresse de l’éditeur", 500),
  publicationDirector: text("le directeur de la publication", 200),
  hostName: text("le nom de l’hébergeur", 200),
  hostAddress: text("l’adresse de l’hébergeur", 500),
  coordinationAddress: text("l’adresse postale de la coordination", 500),
  contactEmail: optionalEmail,
  defaultReportDeadline: optionalDay,
});
export type SiteSettingsInput = z.output<typeof siteSettingsSchema>;

export type SiteSettings = {
  publisherName: string;
  publisherAddress: string;
  publicationDirector: string;
  hostName: string;
  hostAddress: string;
  coordinationAddress: string;
  contactEmail: string;
  defaultReportDeadline: Date | null;
};

export const EMPTY_SETTINGS: SiteSettings = {
  publisherName: "",
  publisherAddress: "",
  publicationDirector: "",
  hostName: "",
  hostAddress: "",
  coordinationAddress: "",
  contactEmail: "",
  defaultReportDeadline: null,
};

/** The French name of each setting, as the form and the dashboard's "À compléter" list say it. */
export const SETTING_LABELS: Record<keyof SiteSettings, string> = {
  publisherName: "Nom de l’éditeur du site",
  publisherAddress: "Adresse de l’éditeur",
  publicationDirector: "Directeur ou directrice de la publication",
  hostName: "Nom de l’hébergeur",
  hostAddress: "Adresse de l’hébergeur",
  coordinationAddress: "Adresse postale de la coordination régionale",
  contactEmail: "Adresse e-mail de contact de la coordination",
  defaultReportDeadline: "Date limite du rapport annuel, par défaut",
};

/** The settings still empty, in the form's order. */
export function missingSettings(settings: SiteSettings): (keyof SiteSettings)[] {
  return (Object.keys(SETTING_LABELS) as (keyof SiteSettings)[]).filter((key) => {
    const value = settings[key];
    return value === null || value === "";
  });
}
