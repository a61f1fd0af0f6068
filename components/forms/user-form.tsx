"use client";
/** Invite someone or edit an account: name, e-mail, role and (for a DO) campus. Never a password. */
import { useActionState, useRef } from "react";
import { USER_ROLE_LABELS } from "@/lib/labels";
import type { FormAction, FormState } from "@/lib/server-action/state";
import type { UserFormValues } from "@/lib/users/schema";
import { ChoiceGroup, SelectField, TextField } from "./field";
import { ErrorSummary } from "./error-summary";
import { Notice } from "./notice";
import { SubmitButton } from "./buttons";
import { useFormDirty } from "./unsaved-changes";

type UserFormState = FormState<UserFormValues>;

export function UserForm({
  action,
  initial,
  campuses,
  isCreation,
}: {
  action: FormAction<UserFormState>;
  initial: UserFormValues;
  campuses: { id: string; name: string }[];
  isCreation: boolean;
}) {
  const [state, formAction] = useActionState(action, {
    status: "idle",
    values: initial,
  });
  const ref = useRef<HTMLFormElement>(null);
  const isDirty = useFormDirty(ref, state);
  const v = state.values ?? initial;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <form
      ref={ref}
      action={formAction}
      noValidate
      className="flex max-w-2xl flex-col gap-5"
      aria-label={isCreation ? "Inviter une personne" : "Modifier le compte"}
    >
      {state.status === "invalid" ? <ErrorSummary errors={state.fieldErrors} /> : null}
      {state.status === "error" ? (
        <Notice tone="error" title="Enregistrement impossible">
          {state.message}
        </Notice>
      ) : null}
      {state.status === "success" ? <Notice tone="success" title={state.message} /> : null}
      <TextField name="name" label="Nom" defaultValue={v.name} error={errors.name} autoComplete="off" />
      <TextField
        name="email"
        label="Adresse e-mail"
        type="email"
        defaultValue={v.email}
        error={errors.email}
        autoComplete="off"
        spellCheck={false}
      />
      <ChoiceGroup
        name="role"
        label="Rôle"
        type="radio"
        options={(["DO", "COORDINATOR"] as const).map((r) => ({ value: r, label: USER_ROLE_LABELS[r] }))}
        defaultValues={[v.role]}
        error={errors.role}
      />
      <SelectField
        name="campusId"
        label="Campus (pour un directeur opérationnel)"
        placeholder="Aucun (coordination régionale)"
        options={campuses.map((c) => ({ value: c.id, label: c.name }))}
        defaultValue={v.campusId}
        error={errors.campusId}
      />
      <div className="flex flex-wrap items-center gap-4 border-t border-line pt-4">
        <SubmitButton pendingLabel={isCreation ? "Envoi…" : "Enregistrement…"}>
          {isCreation ? "Envoyer l’invitation" : "Enregistrer"}
        </SubmitButton>
        {isDirty ? <p className="text-sm text-warning">Modifications non enregistrées.</p> : null}
      </div>
    </form>
  );
}
