"use client";
/**
 * The frame of a simple back-office form (<form action> + useActionState):
 * error summary, success banner, unsaved-changes warning. Fields take their
 * values from `state.values` after a refusal, so nothing typed is lost.
 */
import { useActionState, useRef } from "react";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { ErrorSummary } from "./error-summary";
import { Notice } from "./notice";
import { SubmitButton } from "./buttons";
import { useFormDirty } from "./unsaved-changes";
import type { Option } from "./field";
import { list, str } from "./values";

/** What a form that creates or edits one record of the directories gets from its page. */
export type RecordFormProps = {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
  isCreation: boolean;
};

/** A formation's or a PFT's form: the record's props and its choices (listEntryFormChoices). */
export type EntryFormProps = RecordFormProps & { campuses: Option[]; organisations: Option[] };

export function useFormShell<V extends Submitted>(action: FormAction<FormState<V>>, initial: V) {
  const [state, formAction, isPending] = useActionState(action, { status: "idle", values: initial });
  const values = (state.values ?? initial) as V;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  /** The props that tie a field to the form: its name, what it holds (or `fallback`), its error. */
  const field = (name: string, fallback = "") => ({
    name,
    defaultValue: str(values, name) || fallback,
    error: errors[name],
  });
  /** The same for a checkbox group. */
  const checkboxes = (name: string) => ({ name, defaultValues: list(values, name), error: errors[name] });
  /** The same for a single checkbox. */
  const checkbox = (name: string) => ({
    name,
    defaultChecked: str(values, name) === "on",
    error: errors[name],
  });
  return { state, formAction, isPending, values, errors, field, checkboxes, checkbox };
}

export function FormShell<V>({
  state,
  formAction,
  submitLabel = "Enregistrer",
  children,
  label,
  extraButtons,
  fieldIdOf,
}: {
  state: FormState<V>;
  formAction: (formData: FormData) => void;
  submitLabel?: string;
  children: React.ReactNode;
  label: string;
  extraButtons?: React.ReactNode;
  /** When several forms share a page, each gives its fields their own ids. */
  fieldIdOf?: (path: string) => string;
}) {
  const ref = useRef<HTMLFormElement>(null);
  const isDirty = useFormDirty(ref, state);
  // The version of the record the form edits: sent back with every save, and
  // renewed by each successful one (the server refuses a save from an older version).
  const version = (state.values as Record<string, unknown> | undefined)?.version;
  return (
    <form ref={ref} action={formAction} noValidate aria-label={label} className="flex flex-col gap-5">
      {state.status === "invalid" ? <ErrorSummary errors={state.fieldErrors} fieldIdOf={fieldIdOf} /> : null}
      {state.status === "error" ? (
        <Notice tone="error" title="Enregistrement impossible">
          {state.message}
        </Notice>
      ) : null}
      {state.status === "success" ? <Notice tone="success" title={state.message} /> : null}
      {typeof version === "string" ? <input type="hidden" name="version" value={version} /> : null}
      {children}
      <div className="flex flex-wrap items-center gap-4 border-t border-line pt-4">
        <SubmitButton pendingLabel="Enregistrement…">{submitLabel}</SubmitButton>
        {extraButtons}
        {isDirty ? <p className="text-sm text-warning">Modifications non enregistrées.</p> : null}
      </div>
    </form>
  );
}

/**
 * A form that creates or edits one record: the frame, named after what it
 * does from the record's `noun` (« Créer une formation », « Modifier la
 * formation », button « Créer la formation »), and its fields, which
 * `children` draws with the binders of useFormShell.
 */
export function RecordForm({
  action,
  initial,
  isCreation,
  noun,
  children,
}: RecordFormProps & {
  /** The record's noun with its indefinite and definite article: « une formation », « la formation ». */
  noun: { a: string; the: string };
  children: (bind: ReturnType<typeof useFormShell<Submitted>>) => React.ReactNode;
}) {
  const shell = useFormShell(action, initial);
  return (
    <FormShell
      state={shell.state}
      formAction={shell.formAction}
      label={isCreation ? `Créer ${noun.a}` : `Modifier ${noun.the}`}
      submitLabel={isCreation ? `Créer ${noun.the}` : "Enregistrer"}
    >
      {children(shell)}
    </FormShell>
  );
}
