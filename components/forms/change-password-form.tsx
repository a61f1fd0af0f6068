"use client";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { TextField } from "./field";
import type { FormAction, FormState } from "@/lib/server-action/state";
import { FormShell, useFormShell } from "./form-shell";

/** Nothing comes back in the fields: they are all passwords. */
type NoValues = Record<string, never>;

export function ChangePasswordForm({
  action,
  email,
}: {
  action: FormAction<FormState<NoValues>>;
  email: string;
}) {
  const { state, formAction, errors } = useFormShell(action, {});
  return (
    <FormShell
      state={state}
      formAction={formAction}
      label="Changer de mot de passe"
      submitLabel="Changer de mot de passe"
    >
      {/* Lets password managers associate the new password with the account. */}
      <input type="text" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
      <TextField
        name="currentPassword"
        label="Mot de passe actuel"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword}
      />
      <TextField
        name="newPassword"
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN_LENGTH} caractères au moins, ni courant ni tiré de votre adresse e-mail ou de votre nom. Une phrase de plusieurs mots sans lien entre eux est facile à retenir et difficile à deviner.`}
        error={errors.newPassword}
      />
      <TextField
        name="confirmation"
        label="Confirmez le nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        error={errors.confirmation}
      />
    </FormShell>
  );
}
