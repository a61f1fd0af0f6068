"use server";
/** "Mot de passe oublié ?" and the page of a link received by mail (rules in lib/auth). */
import { after } from "next/server";
import { z } from "zod";
import { publicServerAction } from "@/lib/server-action";
import { textField } from "@/lib/server-action/inputs";
import { setPasswordWithLink } from "@/lib/auth/account-links";
import { requestPasswordReset, RESET_REQUESTED } from "@/lib/auth/password-reset";
import { clientAddress } from "@/lib/http/request-client";
import { requestOrigin } from "@/lib/site/current";

export const requestPasswordResetServerAction = publicServerAction({
  input: z.object({ email: textField }),
  values: (fields) => ({ email: typeof fields.email === "string" ? fields.email.trim() : "" }),
  run: async ({ email }) => {
    const result = await requestPasswordReset(
      { email },
      { origin: await requestOrigin(), clientAddress: await clientAddress() },
    );
    // The mail leaves after the answer: its time says nothing about the address.
    if (result.ok) after(() => result.delivery);
    return result;
  },
  done: () => ({ message: RESET_REQUESTED }),
});

export const setPasswordServerAction = publicServerAction({
  bound: ["token"],
  input: z.object({ token: textField, newPassword: textField, confirmation: textField }),
  values: () => ({}),
  run: (input) => setPasswordWithLink(input),
  done: ({ kind }) => ({
    redirect: `/connexion?mot-de-passe=${kind === "INVITATION" ? "choisi" : "reinitialise"}`,
  }),
});
