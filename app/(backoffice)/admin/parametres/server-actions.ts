"use server";
/** "Paramètres du site" (authorization in lib/settings/mutations.ts). */
import { serverAction } from "@/lib/server-action";
import { formFields } from "@/lib/server-action/inputs";
import { updateSiteSettings } from "@/lib/settings/mutations";

export const updateSiteSettingsServerAction = serverAction({
  input: formFields,
  run: (fields, user) => updateSiteSettings(user, fields),
  done: () => ({ message: "Paramètres enregistrés. Les pages publiques sont à jour." }),
});
