/** The "Supprimer" box at the foot of a record's edit screen: what becomes of it, and the button. */
import type { FormState, Submitted } from "@/lib/server-action/state";
import { OperationForm } from "@/components/forms/operation-form";

export function DeletionSection({
  id,
  action,
  children,
  label,
  confirm,
}: {
  id: string;
  action: (state: FormState<Submitted>, formData: FormData) => Promise<FormState<Submitted>>;
  /** What becomes of the deleted record. */
  children: React.ReactNode;
  label: string;
  confirm: string;
}) {
  return (
    <section aria-labelledby="titre-suppression" className="mt-10">
      <h2 id="titre-suppression" className="mb-2 text-xl font-bold">
        Supprimer
      </h2>
      <p className="mb-3 text-muted">{children}</p>
      <OperationForm action={action} fields={{ id }} label={label} variant="danger" confirm={confirm} />
    </section>
  );
}
