"use client";
/** The edit screen's interactive part: publication controls and the form share the "unsaved changes" state. */
import { useState } from "react";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import type { ActionFormOptions } from "@/lib/actions/backoffice-queries";
import type { ActionFormValues } from "@/lib/actions/schema";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { ActionForm, type SaveAction } from "./action-form";
import { PublicationControls } from "./publication-controls";
import type { WorkingCopyOffer } from "../autosave";

export function ActionEditor({
  id,
  version,
  publication,
  values,
  options,
  lockedCampusId,
  saveAction,
  operationAction,
  workingCopy = null,
}: {
  id: string;
  version: number;
  publication: PublicationState;
  values: ActionFormValues;
  options: ActionFormOptions;
  lockedCampusId: string | null;
  saveAction: SaveAction;
  operationAction: FormAction<FormState<Submitted>>;
  workingCopy?: WorkingCopyOffer<ActionFormValues> | null;
}) {
  const [dirty, setDirty] = useState(false);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="publication-titre" className="rounded border border-line bg-subtle p-4">
        <h2 id="publication-titre" className="mb-2 font-bold">
          Publication
        </h2>
        <PublicationControls id={id} publication={publication} isDirty={dirty} action={operationAction} />
      </section>
      <ActionForm
        actionId={id}
        initialValues={values}
        initialVersion={version}
        options={options}
        lockedCampusId={lockedCampusId}
        readOnly={publication === "ARCHIVED"}
        saveAction={saveAction}
        onDirtyChange={setDirty}
        workingCopy={workingCopy}
      />
    </div>
  );
}
