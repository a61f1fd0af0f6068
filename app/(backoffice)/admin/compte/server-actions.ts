"use server";
/** "Mon compte": anyone changes their own password. */
import { z } from "zod";
import { serverAction } from "@/lib/server-action";
import { textField } from "@/lib/server-action/inputs";
import { currentSessionId } from "@/lib/auth/config";
import { clientAddress } from "@/lib/http/request-client";
import { changeOwnPassword } from "@/lib/users/mutations";

export const changeOwnPasswordServerAction = serverAction({
  input: z.object({ currentPassword: textField, newPassword: textField, confirmation: textField }),
  // Nothing comes back to the form: its fields are all passwords.
  values: (): Record<string, never> => ({}),
  run: async (passwords, user) =>
    changeOwnPassword(user, await currentSessionId(), passwords, await clientAddress()),
  messages: { not_found: "Compte introuvable ou désactivé." },
  done: () => ({ message: "Votre mot de passe est modifié. Vos autres sessions sont fermées." }),
});
