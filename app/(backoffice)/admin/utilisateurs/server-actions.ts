"use server";
/** The coordinator's account management (authorization in lib/users/mutations.ts). */
import { z } from "zod";
import { serverAction } from "@/lib/server-action";
import { recordId, textField } from "@/lib/server-action/inputs";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/users/mutations";
import type { UserFormValues } from "@/lib/users/schema";

const account = z.object({ name: textField, email: textField, role: textField, campusId: textField });
const EMPTY: UserFormValues = { name: "", email: "", role: "", campusId: "" };
/** The account's fields come back on a refusal; the password never does. */
const accountForm = {
  values: (fields: Record<string, unknown>): UserFormValues => account.parse(fields),
  messages: { not_found: "Compte introuvable." },
};

export const createUserServerAction = serverAction({
  ...accountForm,
  input: account.extend({ password: textField }),
  run: (input, user) => createUser(user, input),
  // A generated password is shown once, on this page; otherwise the new account opens.
  done: ({ id, generatedPassword }, { email }) =>
    generatedPassword
      ? { message: `Compte créé pour ${email}.`, values: EMPTY, data: { generatedPassword, createdId: id } }
      : { redirect: `/admin/utilisateurs/${id}?enregistre=cree` },
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

export const resetPasswordServerAction = serverAction({
  bound: ["id"],
  input: z.object({ id: recordId, password: textField }),
  run: ({ id, password }, user) => resetUserPassword(user, id, { password }),
  messages: accountForm.messages,
  done: ({ generatedPassword }) => ({
    message: "Mot de passe réinitialisé. Les sessions ouvertes de ce compte sont fermées.",
    data: { generatedPassword },
  }),
});
