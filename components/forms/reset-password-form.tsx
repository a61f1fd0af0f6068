"use client";
/** The coordinator sets a new password for an account (typed or generated); its sessions end. */
import { useActionState } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { TextField } from "./field";
import { Notice } from "./notice";
import { SubmitButton } from "./buttons";

type ResetState = FormState<Submitted, { generatedPassword?: string }>;

export function ResetPasswordForm({ action }: { action: FormAction<ResetState> }) {
  const [state, formAction] = useActionState<ResetState, FormData>(action, { status: "idle" });
  return (
    <form
      action={formAction}
      noValidate
      className="flex max-w-xl flex-col gap-4"
      aria-label="Réinitialiser le mot de passe"
    >
      {state.status === "error" ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" ? (
        <Notice tone="success" title={state.message}>
          {state.data?.generatedPassword ? (
            <p>
              Nouveau mot de passe provisoire :{" "}
              <code
                className="rounded bg-surface px-2 py-1 font-mono text-lg"
                data-testid="mot-de-passe-provisoire"
              >
                {state.data.generatedPassword}
              </code>{" "}
              — il ne sera plus affiché.
            </p>
          ) : null}
        </Notice>
      ) : null}
      <TextField
        name="password"
        label="Nouveau mot de passe"
        optional
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN_LENGTH} caractères au moins, ni courant ni tiré de l'adresse e-mail ou du nom. Laissez vide pour en générer un.`}
        error={state.status === "invalid" ? state.fieldErrors.password : undefined}
      />
      <div>
        <SubmitButton variant="secondary" pendingLabel="Réinitialisation…">
          Réinitialiser le mot de passe
        </SubmitButton>
      </div>
    </form>
  );
}
