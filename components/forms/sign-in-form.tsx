"use client";
import { useActionState } from "react";
import { signInServerAction } from "@/lib/auth/server-actions";
import { TextField } from "./field";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./buttons";

/** The /connexion form: e-mail and password, one generic refusal message. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(signInServerAction, { status: "idle" });
  // A refusal is one message, shown as the e-mail field's error (it never says which field was wrong).
  const errors =
    state.status === "invalid"
      ? state.fieldErrors
      : state.status === "error"
        ? { email: state.message }
        : undefined;
  const fieldErrors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <ErrorSummary errors={errors} title={state.status === "error" ? "Connexion impossible" : undefined} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Adresse e-mail"
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.values?.email ?? ""}
        error={fieldErrors.email}
        required
      />
      <TextField
        name="password"
        label="Mot de passe"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password}
        required
      />
      <div>
        <SubmitButton pendingLabel="Connexion…">Se connecter</SubmitButton>
      </div>
    </form>
  );
}
