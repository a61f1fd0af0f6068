"use client";
/** "Mot de passe oublié ?": the address, then the same answer whether an account has it or not. */
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/server-action/state";
import { ErrorSummary } from "./error-summary";
import { Notice } from "./notice";
import { SubmitButton } from "./buttons";
import { TextField } from "./field";

type State = FormState<{ email: string }>;

export function PasswordResetRequestForm({ action }: { action: FormAction<State> }) {
  const [state, formAction] = useActionState(action, { status: "idle", values: { email: "" } });
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate aria-label="Recevoir un lien" className="flex flex-col gap-5">
      {state.status === "invalid" ? <ErrorSummary errors={state.fieldErrors} /> : null}
      {state.status === "error" ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" ? <Notice tone="success" title={state.message} /> : null}
      <TextField
        name="email"
        label="Adresse e-mail"
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.values?.email ?? ""}
        error={errors.email}
        required
      />
      <div>
        <SubmitButton pendingLabel="Envoi…">Envoyer le lien</SubmitButton>
      </div>
    </form>
  );
}
