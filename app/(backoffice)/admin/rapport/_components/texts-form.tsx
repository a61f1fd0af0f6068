"use client";
/**
 * The form of a set of report texts (a campus's seven sections, or the
 * regional parts): error summary, one writing editor per text, a warning
 * before leaving with unsaved changes, and autosave of a private working
 * copy, offered back when the page opens again.
 */
import { useActionState, useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/buttons";
import { useFormDirty } from "@/components/forms/unsaved-changes";
import {
  AutosaveMessage,
  RestoreOffer,
  SessionExpiredMessage,
  useAutosave,
  type WorkingCopyOffer,
} from "@/components/forms/autosave";
import { MarkdownField } from "./markdown-field";
import type { FormAction, FormState } from "@/lib/server-action/state";

type TextsState = FormState<Record<string, string>>;

export type TextField = { name: string; label: string; hint: string; value: string };

/** Which working copy the form keeps (lib/working-copies), and the one the page found. */
export type TextsAutosave = {
  form: "report-campus" | "report-region";
  recordKey: string;
  baseVersion: string;
  workingCopy: WorkingCopyOffer<Record<string, string>> | null;
};

export function TextsForm({
  action,
  fields,
  hidden,
  readOnly,
  submitLabel,
  autosave,
}: {
  action: FormAction<TextsState>;
  fields: TextField[];
  hidden: Record<string, string>;
  readOnly: boolean;
  submitLabel: string;
  autosave?: TextsAutosave;
}) {
  const [state, formAction] = useActionState<TextsState, FormData>(action, { status: "idle" });
  const formRef = useRef<HTMLFormElement>(null);
  useFormDirty(formRef, state);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  const initial = Object.fromEntries(fields.map((f) => [f.name, f.value]));
  const [texts, setTexts] = useState<Record<string, string>>(initial);
  const [offer, setOffer] = useState(() =>
    autosave?.workingCopy &&
    fields.some((f) => (autosave.workingCopy!.content[f.name] ?? f.value) !== f.value)
      ? autosave.workingCopy
      : null,
  );
  // A restored copy redraws the editors with its texts.
  const [restored, setRestored] = useState<{ texts: Record<string, string>; generation: number } | null>(
    null,
  );
  const status = useAutosave({
    form: autosave?.form ?? "report-campus",
    recordKey: autosave?.recordKey ?? "",
    baseVersion: autosave?.baseVersion ?? "",
    content: texts,
    enabled: !!autosave && !readOnly && !offer,
  });

  const restore = () => {
    if (!offer) return;
    const next = { ...initial, ...offer.content };
    setTexts(next);
    setRestored((r) => ({ texts: next, generation: (r?.generation ?? 0) + 1 }));
    setOffer(null);
  };

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-8"
      onInput={(e) => {
        const target = e.target;
        if (target instanceof HTMLTextAreaElement && target.name in initial)
          setTexts((t) => ({ ...t, [target.name]: target.value }));
      }}
    >
      <ErrorSummary errors={errors} />
      {state.status === "error" ? <Notice tone="error" title={state.message} /> : null}
      {offer && autosave ? (
        <RestoreOffer
          form={autosave.form}
          recordKey={autosave.recordKey}
          savedAt={offer.savedAt}
          onRestore={restore}
          onDismiss={() => setOffer(null)}
        />
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        // After a refused submission the form is reset to what was sent, so nothing typed is lost.
        <MarkdownField
          key={`${f.name}-${restored?.generation ?? 0}`}
          name={f.name}
          label={f.label}
          hint={f.hint}
          error={errors?.[f.name]}
          defaultValue={state.values?.[f.name] ?? restored?.texts[f.name] ?? f.value}
          readOnly={readOnly}
        />
      ))}
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingLabel="Enregistrement…">{submitLabel}</SubmitButton>
          {autosave ? <AutosaveMessage status={status} /> : null}
          <SessionExpiredMessage refused={state.status === "error" ? state.message : null} />
        </div>
      )}
    </form>
  );
}
