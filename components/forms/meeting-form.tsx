"use client";
import { SelectField, TextArea, TextField, type Option } from "./field";
import { FormShell, useFormShell } from "./form-shell";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { str } from "./values";

/** A governance meeting (coordinator). */
export function MeetingForm({
  action,
  initial,
  isCreation,
  choices,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
  isCreation: boolean;
  choices: { instances: Option[]; campuses: Option[] };
}) {
  const { state, formAction, values: v, errors } = useFormShell(action, initial);
  return (
    <FormShell
      state={state}
      formAction={formAction}
      label={isCreation ? "Créer une réunion" : "Modifier la réunion"}
      submitLabel={isCreation ? "Créer la réunion" : "Enregistrer"}
    >
      <SelectField
        name="instanceId"
        label="Instance"
        placeholder="Choisissez l'instance"
        options={choices.instances}
        defaultValue={str(v, "instanceId")}
        error={errors.instanceId}
      />
      <TextField
        name="title"
        label="Intitulé"
        defaultValue={str(v, "title")}
        error={errors.title}
        maxLength={200}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="date"
          label="Date"
          hint="Un jour (20/09/2018), un mois (09/2018) ou une année."
          defaultValue={str(v, "date")}
          error={errors.date}
        />
        <TextField name="city" label="Commune" optional defaultValue={str(v, "city")} error={errors.city} />
      </div>
      <SelectField
        name="campusId"
        label="Campus concerné"
        optional
        placeholder="Réunion régionale"
        options={choices.campuses}
        defaultValue={str(v, "campusId")}
        error={errors.campusId}
      />
      <TextArea
        name="description"
        label="Compte rendu"
        optional
        rows={5}
        defaultValue={str(v, "description")}
        error={errors.description}
        maxLength={5000}
      />
    </FormShell>
  );
}
