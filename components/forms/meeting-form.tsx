"use client";
import { SelectField, TextArea, TextField, type Option } from "./field";
import { RecordForm, type RecordFormProps } from "./form-shell";

/** A governance meeting (coordinator). */
export function MeetingForm({
  choices,
  ...form
}: RecordFormProps & { choices: { instances: Option[]; campuses: Option[] } }) {
  return (
    <RecordForm {...form} noun={{ a: "une réunion", the: "la réunion" }}>
      {({ field }) => (
        <>
          <SelectField
            {...field("instanceId")}
            label="Instance"
            placeholder="Choisissez l’instance"
            options={choices.instances}
          />
          <TextField {...field("title")} label="Intitulé" maxLength={200} />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              {...field("date")}
              label="Date"
              hint="Un jour (20/09/2018), un mois (09/2018) ou une année."
            />
            <TextField {...field("city")} label="Commune" optional />
          </div>
          <SelectField
            {...field("campusId")}
            label="Campus concerné"
            optional
            placeholder="Réunion régionale"
            options={choices.campuses}
          />
          <TextArea {...field("description")} label="Compte rendu" optional rows={5} maxLength={5000} />
        </>
      )}
    </RecordForm>
  );
}
