"use client";
/**
 * Publish, unpublish, archive and restore, as small forms next to the
 * action form. They wait for unsaved changes to be saved first.
 */
import { useActionState } from "react";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import { refusalMessage, type FormState, type Submitted } from "@/lib/server-action/state";
import { Notice } from "../notice";
import { SubmitButton } from "../buttons";

type OperationAction = (state: FormState<Submitted>, formData: FormData) => Promise<FormState<Submitted>>;

const ARCHIVE_CONFIRM =
  "Archiver cette action\u202F? Elle disparaît du site public\u202F; vous pourrez la restaurer depuis les archives.";

function OperationButton({
  id,
  operation,
  label,
  variant,
  confirm,
  disabled,
}: {
  id: string;
  operation: string;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
  disabled?: boolean;
}) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="operation" value={operation} />
      <SubmitButton variant={variant} disabled={disabled} confirm={confirm}>
        {label}
      </SubmitButton>
    </>
  );
}

export function PublicationControls({
  id,
  publication,
  isDirty,
  action,
}: {
  id: string;
  publication: PublicationState;
  isDirty: boolean;
  action: OperationAction;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const refusal = refusalMessage(state);
  const buttons =
    publication === "DRAFT"
      ? [
          { operation: "publish", label: "Publier", variant: "primary" as const },
          { operation: "archive", label: "Archiver", variant: "danger" as const, confirm: ARCHIVE_CONFIRM },
        ]
      : publication === "PUBLISHED"
        ? [
            { operation: "unpublish", label: "Retirer de la publication", variant: "secondary" as const },
            { operation: "archive", label: "Archiver", variant: "danger" as const, confirm: ARCHIVE_CONFIRM },
          ]
        : [{ operation: "restore", label: "Restaurer", variant: "primary" as const }];
  return (
    <div className="flex flex-col gap-2">
      {refusal ? (
        <Notice tone="error" title="Opération impossible">
          {refusal}
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {buttons.map((b) => (
          <form key={b.operation} action={formAction}>
            <OperationButton
              id={id}
              operation={b.operation}
              label={b.label}
              variant={b.variant}
              confirm={b.confirm}
              disabled={isDirty && publication !== "ARCHIVED"}
            />
          </form>
        ))}
      </div>
      {isDirty && publication !== "ARCHIVED" ? (
        <p className="text-sm text-warning">Enregistrez d’abord vos modifications.</p>
      ) : null}
    </div>
  );
}
