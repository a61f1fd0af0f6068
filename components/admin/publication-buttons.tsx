/** Publish / unpublish / archive / restore buttons for a directory record, by its state. */
import type { PublicationState } from "@/lib/generated/prisma/enums";
import type { FormState, Submitted } from "@/lib/server-action/state";
import { OperationForm } from "@/components/forms/operation-form";

export type PublicationProps = {
  id: string;
  publication: PublicationState;
  action: (state: FormState<Submitted>, formData: FormData) => Promise<FormState<Submitted>>;
  publishLabel?: string;
};

/** The "Publication" box at the top of a directory record's edit screen. */
export function PublicationSection(props: PublicationProps) {
  return (
    <section aria-labelledby="titre-publication" className="mb-8 rounded border border-line bg-subtle p-4">
      <h2 id="titre-publication" className="mb-2 font-bold">
        Publication
      </h2>
      <PublicationButtons {...props} />
    </section>
  );
}

export function PublicationButtons({ id, publication, action, publishLabel = "Publier" }: PublicationProps) {
  const ops =
    publication === "DRAFT"
      ? [
          { operation: "publish", label: publishLabel, variant: "primary" as const },
          {
            operation: "archive",
            label: "Archiver",
            variant: "danger" as const,
            confirm:
              "Archiver cet élément\u202F? Il disparaît du site public\u202F; vous pourrez le restaurer depuis les archives.",
          },
        ]
      : publication === "PUBLISHED"
        ? [
            { operation: "unpublish", label: "Retirer de la publication", variant: "secondary" as const },
            {
              operation: "archive",
              label: "Archiver",
              variant: "danger" as const,
              confirm:
                "Archiver cet élément\u202F? Il disparaît du site public\u202F; vous pourrez le restaurer depuis les archives.",
            },
          ]
        : [{ operation: "restore", label: "Restaurer", variant: "primary" as const }];
  return (
    <div className="flex flex-wrap gap-3">
      {ops.map((o) => (
        <OperationForm
          key={o.operation}
          action={action}
          fields={{ id, operation: o.operation }}
          label={o.label}
          variant={o.variant}
          confirm={"confirm" in o ? o.confirm : undefined}
        />
      ))}
    </div>
  );
}
