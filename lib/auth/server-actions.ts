"use server";
/** Sign-in (the /connexion form) and sign-out (the back office's "Se déconnecter" button). */
import { z } from "zod";
import { publicServerAction, serverAction } from "@/lib/server-action";
import { SESSION_EXPIRED } from "@/lib/server-action/run";
import { notFound } from "@/lib/result";
import { keepCurrentSessionAlive } from "./session";
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

/** "Rester connecté" (the idle dialog of the back office): the session's idle time starts again. */
export const keepSessionAliveServerAction = serverAction({
  input: z.unknown(),
  values: () => undefined,
  run: async () => {
    const timeLeftMs = await keepCurrentSessionAlive();
    return timeLeftMs > 0 ? { ok: true as const, timeLeftMs } : notFound();
  },
  messages: { not_found: SESSION_EXPIRED },
  revalidate: false,
  done: ({ timeLeftMs }) => ({ message: "Session prolongée.", data: { timeLeftMs } }),
});
