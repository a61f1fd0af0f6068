"use client";
import { ChoiceGroup, SelectField, TextArea, TextField, type Option } from "./field";
import { FormShell, useFormShell } from "./form-shell";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { list, str } from "./values";

/** A plateforme technologique (coordinator). */
export function PlatformForm({
  action,
  initial,
  isCreation,
  campuses,
  organisations,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
  isCreation: boolean;
  campuses: Option[];
  organisations: Option[];
}) {
  const { state, formAction, values: v, errors } = useFormShell(action, initial);
  return (
    <FormShell
      state={state}
      formAction={formAction}
      label={isCreation ? "Créer une plateforme" : "Modifier la plateforme"}
      submitLabel={isCreation ? "Créer la plateforme" : "Enregistrer"}
    >
      <TextField name="name" label="Nom" defaultValue={str(v, "name")} error={errors.name} maxLength={200} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="acronym"
          label="Sigle"
          optional
          defaultValue={str(v, "acronym")}
          error={errors.acronym}
        />
        <SelectField
          name="isLabelled"
          label="Labellisée PFT"
          options={[
            { value: "inconnu", label: "Non précisé" },
            { value: "oui", label: "Oui" },
            { value: "non", label: "Non" },
          ]}
          defaultValue={str(v, "isLabelled") || "inconnu"}
          error={errors.isLabelled}
        />
        <SelectField
          name="hostId"
          label="Établissement d'accueil"
          optional
          placeholder="Non précisé"
          options={organisations}
          defaultValue={str(v, "hostId")}
          error={errors.hostId}
        />
        <TextField
          name="commune"
          label="Commune"
          optional
          defaultValue={str(v, "commune")}
          error={errors.commune}
        />
        <TextField
          name="departement"
          label="Département"
          optional
          defaultValue={str(v, "departement")}
          error={errors.departement}
        />
        <TextField
          name="position"
          label="Ordre d'affichage"
          optional
          inputMode="numeric"
          defaultValue={str(v, "position")}
          error={errors.position}
        />
      </div>
      <TextField
        name="domain"
        label="Domaine"
        optional
        defaultValue={str(v, "domain")}
        error={errors.domain}
      />
      <ChoiceGroup
        name="campusIds"
        label="Campus"
        options={campuses}
        defaultValues={list(v, "campusIds")}
        error={errors.campusIds}
        columns={2}
      />
      <TextArea
        name="description"
        label="Description"
        optional
        rows={5}
        defaultValue={str(v, "description")}
        error={errors.description}
        maxLength={5000}
      />
      <TextField
        name="slug"
        label="Adresse de la page"
        optional
        defaultValue={str(v, "slug")}
        error={errors.slug}
      />
    </FormShell>
  );
}
