"use client";
/**
 * A one-button form for an operation on a record (restore, validate,
 * deactivate…): hidden fields, an optional confirmation, and the server's
 * refusal shown next to the button.
 */
import { useActionState } from "react";
import { refusalMessage, type FormState, type Submitted } from "@/lib/server-action/state";
import { SubmitButton, type ButtonVariant } from "./buttons";

export function OperationForm({
  action,
  fields,
  label,
  pendingLabel,
  confirm,
  variant = "secondary",
}: {
  action: (state: FormState<Submitted>, formData: FormData) => Promise<FormState<Submitted>>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  confirm?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const refusal = refusalMessage(state);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton variant={variant} pendingLabel={pendingLabel} confirm={confirm}>
          {label}
        </SubmitButton>
      </div>
      {refusal ? (
        <p role="alert" className="font-semibold text-danger">
          {refusal}
        </p>
      ) : null}
    </form>
  );
}
