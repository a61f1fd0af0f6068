"use client";
/**
 * A one-button form for an operation on a record (restore, validate,
 * deactivate…): hidden fields, an optional confirmation, and the server's
 * refusal shown next to the button.
 */
import { useActionState } from "react";
import type { OperationState } from "@/lib/actions/form-state";
import { SubmitButton, type ButtonVariant } from "./buttons";

export function OperationForm({
  action,
  fields,
  label,
  pendingLabel,
  confirm,
  variant = "secondary",
}: {
  action: (state: OperationState, formData: FormData) => Promise<OperationState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  confirm?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton
          variant={variant}
          pendingLabel={pendingLabel}
          onClick={(event) => {
            if (confirm && !window.confirm(confirm)) event.preventDefault();
          }}
        >
          {label}
        </SubmitButton>
      </div>
      {state.status === "error" ? (
        <p role="alert" className="font-semibold text-danger">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
