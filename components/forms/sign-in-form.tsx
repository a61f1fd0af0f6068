"use client";
import { useActionState } from "react";
import { signInAction } from "@/lib/auth/actions";
import type { SignInState } from "@/lib/auth/messages";
import { TextField } from "./field";
import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./buttons";

/** The /connexion form: e-mail and password, one generic refusal message. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  const errors =
    state.status === "invalid"
      ? (Object.fromEntries(Object.entries(state.fieldErrors ?? {}).filter(([, v]) => v)) as Record<
          string,
          string
        >)
      : state.status === "refused" && state.message
        ? { email: state.message }
        : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <ErrorSummary errors={errors} title={state.status === "refused" ? "Connexion impossible" : undefined} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Adresse e-mail"
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.email ?? ""}
        error={state.status === "invalid" ? state.fieldErrors?.email : undefined}
        required
      />
      <TextField
        name="password"
        label="Mot de passe"
        type="password"
        autoComplete="current-password"
        error={state.status === "invalid" ? state.fieldErrors?.password : undefined}
        required
      />
      <div>
        <SubmitButton pendingLabel="Connexion…">Se connecter</SubmitButton>
      </div>
    </form>
  );
}
