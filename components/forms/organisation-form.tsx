"use client";
import { ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { optionsOf, SelectField, TextField } from "./field";
import { MarkdownEditor } from "./markdown-editor";
import { RecordForm, type RecordFormProps } from "./form-shell";

const KINDS = optionsOf(ORGANISATION_KIND_LABELS);

/** An organisation of the directory (coordinator). */
export function OrganisationForm(form: RecordFormProps) {
  return (
    <RecordForm {...form} noun={{ a: "une organisation", the: "l’organisation" }}>
      {({ field }) => (
        <>
          <TextField {...field("name")} label="Nom" maxLength={200} />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField {...field("acronym")} label="Sigle" optional maxLength={30} />
            <SelectField {...field("kind")} label="Type" placeholder="Choisissez un type" options={KINDS} />
            <TextField {...field("city")} label="Commune" optional />
            <TextField {...field("departement")} label="Département" optional hint="Numéro, par exemple 21" />
          </div>
          <TextField {...field("website")} label="Site web" optional type="url" />
          <MarkdownEditor {...field("description")} label="Description" optional rows={5} maxLength={2000} />
          <TextField
            {...field("slug")}
            label="Adresse de la page"
            optional
            hint="Lettres minuscules sans accent, chiffres et tirets. Laissez vide pour la garder (ou la déduire du nom)."
          />
        </>
      )}
    </RecordForm>
  );
}
