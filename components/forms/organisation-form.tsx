"use client";
import { ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { SelectField, TextArea, TextField } from "./field";
import { FormShell, useFormShell } from "./form-shell";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { str } from "./values";

const KINDS = Object.entries(ORGANISATION_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** An organisation of the directory (coordinator). */
export function OrganisationForm({
  action,
  initial,
  isCreation,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
  isCreation: boolean;
}) {
  const { state, formAction, values: v, errors } = useFormShell(action, initial);
  return (
    <FormShell
      state={state}
      formAction={formAction}
      label={isCreation ? "Créer une organisation" : "Modifier l'organisation"}
      submitLabel={isCreation ? "Créer l'organisation" : "Enregistrer"}
    >
      <TextField name="name" label="Nom" defaultValue={str(v, "name")} error={errors.name} maxLength={200} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="acronym"
          label="Sigle"
          optional
          defaultValue={str(v, "acronym")}
          error={errors.acronym}
          maxLength={30}
        />
        <SelectField
          name="kind"
          label="Type"
          placeholder="Choisissez un type"
          options={KINDS}
          defaultValue={str(v, "kind")}
          error={errors.kind}
        />
        <TextField name="city" label="Commune" optional defaultValue={str(v, "city")} error={errors.city} />
        <TextField
          name="departement"
          label="Département"
          optional
          hint="Numéro, par exemple 21"
          defaultValue={str(v, "departement")}
          error={errors.departement}
        />
      </div>
      <TextField
        name="website"
        label="Site web"
        optional
        type="url"
        defaultValue={str(v, "website")}
        error={errors.website}
      />
      <TextArea
        name="description"
        label="Description"
        optional
        rows={4}
        defaultValue={str(v, "description")}
        error={errors.description}
        maxLength={2000}
      />
      <TextField
        name="slug"
        label="Adresse de la page"
        optional
        hint="Lettres minuscules sans accent, chiffres et tirets. Laissez vide pour la garder (ou la déduire du nom)."
        defaultValue={str(v, "slug")}
        error={errors.slug}
      />
    </FormShell>
  );
}
