"use client";
import { DIPLOMA_LABELS, FORMATION_STATE_LABELS, LEVEL_LABELS, MODALITY_LABELS } from "@/lib/labels";
import { ChoiceGroup, SelectField, TextArea, TextField, type Option } from "./field";
import { FormShell, useFormShell } from "./form-shell";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { list, str } from "./values";

const opts = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A formation (coordinator). */
export function FormationForm({
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
      label={isCreation ? "Créer une formation" : "Modifier la formation"}
      submitLabel={isCreation ? "Créer la formation" : "Enregistrer"}
    >
      <TextField
        name="title"
        label="Intitulé"
        defaultValue={str(v, "title")}
        error={errors.title}
        maxLength={200}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="diploma"
          label="Diplôme"
          placeholder="Choisissez un diplôme"
          options={opts(DIPLOMA_LABELS)}
          defaultValue={str(v, "diploma")}
          error={errors.diploma}
        />
        <SelectField
          name="level"
          label="Niveau"
          optional
          placeholder="Non précisé"
          options={opts(LEVEL_LABELS)}
          defaultValue={str(v, "level")}
          error={errors.level}
        />
        <SelectField
          name="state"
          label="État"
          options={opts(FORMATION_STATE_LABELS)}
          defaultValue={str(v, "state") || "OUVERTE"}
          error={errors.state}
        />
        <SelectField
          name="establishmentId"
          label="Établissement"
          optional
          placeholder="Non précisé"
          options={organisations}
          defaultValue={str(v, "establishmentId")}
          error={errors.establishmentId}
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
          hint="Numéro, par exemple 25"
          defaultValue={str(v, "departement")}
          error={errors.departement}
        />
        <TextField
          name="rncp"
          label="Code RNCP"
          optional
          hint="Par exemple RNCP35316"
          defaultValue={str(v, "rncp")}
          error={errors.rncp}
        />
        <TextField
          name="cfd"
          label="Code formation diplôme (CFD)"
          optional
          hint="8 caractères"
          defaultValue={str(v, "cfd")}
          error={errors.cfd}
        />
      </div>
      <ChoiceGroup
        name="modalities"
        label="Modalités"
        optional
        options={opts(MODALITY_LABELS)}
        defaultValues={list(v, "modalities")}
        error={errors.modalities}
        columns={2}
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
        hint="Laissez vide pour la garder (ou la déduire de l'intitulé)."
        defaultValue={str(v, "slug")}
        error={errors.slug}
      />
    </FormShell>
  );
}
