"use client";
/** "Revenir à cette version": a new revision with that version's content. */
import { useActionState } from "react";
import { refusalMessage, type FormState, type Submitted } from "@/lib/server-action/state";
import { SubmitButton } from "./buttons";
import { Notice } from "./notice";

export function RevertButton({
  id,
  version,
  isPublished,
  action,
}: {
  id: string;
  version: number;
  /** A published action's public page changes at once: the confirmation says so. */
  isPublished: boolean;
  action: (state: FormState<Submitted>, formData: FormData) => Promise<FormState<Submitted>>;
}) {
  const question = `Revenir au contenu de la version ${version}\u202F? L’état actuel reste dans l’historique.${isPublished ? " L’action est publiée\u00A0: sa page publique affichera aussitôt ce contenu." : ""}`;
  const [state, formAction] = useActionState(action, { status: "idle" });
  const refusal = refusalMessage(state);
  return (
    <form action={formAction}>
      {refusal ? <Notice tone="error">{refusal}</Notice> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="secondary" pendingLabel="Retour en cours…" confirm={question}>
        Revenir à la version {version}
      </SubmitButton>
    </form>
  );
}
