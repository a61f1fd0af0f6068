"use client";
/**
 * Validating (freezing) and reopening an edition: two deliberate acts of
 * the coordinator. Reopening asks for the reason, which is kept.
 */
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/buttons";
import { FieldError, FieldHint, fieldIds } from "@/components/forms/field";
import { reopenEditionServerAction, validateEditionServerAction } from "../server-actions";

export function ValidateEditionForm({ year }: { year: number }) {
  const [state, action] = useActionState(validateEditionServerAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      {state.status === "error" ? <Notice tone="error" title={state.message} /> : null}
      <input type="hidden" name="year" value={year} />
      <p>
        Valider fige le rapport {year} tel qu’il est maintenant&nbsp;: textes, actions, indicateurs. Les
        exports et le site public montreront cette version, même si des actions sont modifiées ensuite.
      </p>
      <SubmitButton pendingLabel="Validation…">Valider le rapport {year}</SubmitButton>
    </form>
  );
}

export function ReopenEditionForm({ year }: { year: number }) {
  const [state, action] = useActionState(reopenEditionServerAction, { status: "idle" });
  const ids = fieldIds("reason");
  const error = state.status === "invalid" ? state.fieldErrors.reason : undefined;
  return (
    <form action={action} noValidate className="space-y-3">
      <ErrorSummary errors={state.status === "invalid" ? state.fieldErrors : undefined} />
      {state.status === "error" ? <Notice tone="error" title={state.message} /> : null}
      <input type="hidden" name="year" value={year} />
      <div className={`flex flex-col ${error ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor={ids.id} className="font-semibold">
          Raison de la réouverture
        </label>
        <FieldHint id={ids.hintId} hint="Elle est conservée dans l’historique du rapport." />
        <FieldError id={ids.errorId} error={error} />
        <textarea
          id={ids.id}
          name="reason"
          rows={3}
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={[ids.hintId, error ? ids.errorId : null].filter(Boolean).join(" ")}
          className="mt-1 block w-full rounded border-2 border-ink/70 bg-surface px-3 py-2 text-base aria-[invalid=true]:border-danger"
        />
      </div>
      <SubmitButton variant="danger" pendingLabel="Réouverture…">
        Rouvrir le rapport {year}
      </SubmitButton>
    </form>
  );
}
