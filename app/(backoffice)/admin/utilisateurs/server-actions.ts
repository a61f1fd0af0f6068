"use server";
/** The coordinator's account management (authorization in lib/users/mutations.ts). */
import { z } from "zod";
import { serverAction } from "@/lib/server-action";
import { recordId, textField } from "@/lib/server-action/inputs";
import { requestOrigin } from "@/lib/site/current";
import { inviteUser, sendAccountLink, setUserActive, updateUser } from "@/lib/users/mutations";
import type { UserFormValues } from "@/lib/users/schema";

const account = z.object({ name: textField, email: textField, role: textField, campusId: textField });
const accountForm = {
  values: (fields: Record<string, unknown>): UserFormValues => account.parse(fields),
  messages: { not_found: "Compte introuvable." },
};

export const inviteUserServerAction = serverAction({
  ...accountForm,
  input: account,
  run: async (input, user) => inviteUser(user, input, { origin: await requestOrigin() }),
  done: ({ id, mailSent }) => ({
    redirect: `/admin/utilisateurs/${id}?enregistre=${mailSent ? "invite" : "invitation-non-envoyee"}`,
  }),
});

export const updateUserServerAction = serverAction({
  ...accountForm,
  bound: ["id"],
  input: account.extend({ id: recordId }),
  run: ({ id, ...input }, user) => updateUser(user, id, input),
  done: () => ({ message: "Compte enregistré." }),
});

export const setUserActiveServerAction = serverAction({
  input: z.object({ id: recordId, active: z.string().optional() }),
  run: ({ id, active }, user) => setUserActive(user, id, active === "1"),
  messages: accountForm.messages,
  done: ({ id }, { active }) => ({
    redirect: `/admin/utilisateurs/${id}?enregistre=${active === "1" ? "reactive" : "desactive"}`,
  }),
});

export const sendAccountLinkServerAction = serverAction({
  input: z.object({ id: recordId }),
  run: async ({ id }, user) => sendAccountLink(user, id, { origin: await requestOrigin() }),
  messages: accountForm.messages,
  done: ({ id, mailSent }) => ({
    redirect: `/admin/utilisateurs/${id}?enregistre=${mailSent ? "lien-envoye" : "lien-non-envoye"}`,
  }),
});
