"use server";
/** Sign-in (the /connexion form) and sign-out (the back office's "Se déconnecter" button). */
import { z } from "zod";
import { publicServerAction } from "@/lib/server-action";
import { safeCallbackUrl } from "./callback-url";
import { signInWithPassword, signOutOfSession } from "./sign-in";

const required = (message: string) =>
  z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().min(1, { error: message }));

export const signInServerAction = publicServerAction({
  input: z.object({
    email: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : v),
      required("Saisissez votre adresse e-mail."),
    ),
    password: required("Saisissez votre mot de passe."),
    callbackUrl: z.unknown().transform((url) => safeCallbackUrl(url)),
  }),
  values: (fields) => ({ email: typeof fields.email === "string" ? fields.email.trim() : "" }),
  run: ({ email, password }) => signInWithPassword(email, password),
  done: (_, { callbackUrl }) => ({ redirect: callbackUrl }),
});

export const signOutServerAction = publicServerAction({
  input: z.unknown(),
  run: () => signOutOfSession(),
  done: () => ({ redirect: "/connexion?deconnexion=1" }),
});
