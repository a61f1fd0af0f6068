"use client";
/**
 * The form of a set of report texts (a campus's seven sections, or the
 * regional parts): error summary, one Markdown field with preview per
 * text, a warning before leaving with unsaved changes.
 */
import { useActionState, useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/buttons";
import { useFormDirty } from "@/components/forms/unsaved-changes";
import { MarkdownField } from "./markdown-field";
import type { FormAction, FormState } from "@/lib/server-action/state";

type TextsState = FormState<Record<string, string>>;

export type TextField = { name: string; label: string; hint: string; value: string };

export function TextsForm({
  action,
  fields,
  hidden,
  readOnly,
  submitLabel,
}: {
  action: FormAction<TextsState>;
  fields: TextField[];
  hidden: Record<string, string>;
  readOnly: boolean;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState<TextsState, FormData>(action, { status: "idle" });
  const formRef = useRef<HTMLFormElement>(null);
  useFormDirty(formRef, state);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-8">
      <ErrorSummary errors={errors} />
      {state.status === "error" ? <Notice tone="error" title={state.message} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        // After a refused submission the form is reset to what was sent, so nothing typed is lost.
        <MarkdownField
          key={f.name}
          name={f.name}
          label={f.label}
          hint={f.hint}
          error={errors?.[f.name]}
          defaultValue={state.values?.[f.name] ?? f.value}
          readOnly={readOnly}
        />
      ))}
      {readOnly ? null : (
        <div className="flex flex-wrap gap-3">
          <SubmitButton pendingLabel="Enregistrement…">{submitLabel}</SubmitButton>
        </div>
      )}
    </form>
  );
}
