"use client";
/** The page of a link received by mail: choose the password (twice). */
import { useActionState } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import type { FormAction, FormState } from "@/lib/server-action/state";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./buttons";
import { TextField } from "./field";

type State = FormState<Record<string, never>>;

export function SetPasswordForm({ action, email }: { action: FormAction<State>; email: string }) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate aria-label="Choisir le mot de passe" className="flex flex-col gap-5">
      {state.status === "invalid" ? <ErrorSummary errors={state.fieldErrors} /> : null}
      {state.status === "error" ? <ErrorSummary errors={{ _form: state.message }} /> : null}
      {/* Lets password managers associate the new password with the account. */}
      <input type="text" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
      <TextField
        name="newPassword"
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN_LENGTH} caractères au moins. Une phrase de passe de plusieurs mots est facile à retenir et difficile à deviner.`}
        error={errors.newPassword}
        required
      />
      <TextField
        name="confirmation"
        label="Confirmer le mot de passe"
        type="password"
        autoComplete="new-password"
        error={errors.confirmation}
        required
      />
      <div>
        <SubmitButton pendingLabel="Enregistrement…">Enregistrer le mot de passe</SubmitButton>
      </div>
    </form>
  );
}
