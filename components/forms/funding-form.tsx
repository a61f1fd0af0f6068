"use client";
import { FUNDING_KIND_LABELS } from "@/lib/labels";
import { CheckboxField, SelectField, TextField, type Option } from "./field";
import { FormShell, useFormShell } from "./form-shell";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { str } from "./values";

const KINDS = Object.entries(FUNDING_KIND_LABELS).map(([value, label]) => ({ value, label }));
const BASES = [
  { value: "PER_YEAR", label: "Par an" },
  { value: "TOTAL", label: "Au total" },
];

/** A funding line (coordinator). */
export function FundingForm({
  action,
  initial,
  isCreation,
  choices,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
  isCreation: boolean;
  choices: { funders: Option[]; campuses: Option[]; platforms: Option[]; actions: Option[] };
}) {
  const { state, formAction, values: v, errors } = useFormShell(action, initial);
  return (
    <FormShell
      state={state}
      formAction={formAction}
      label={isCreation ? "Créer un financement" : "Modifier le financement"}
      submitLabel={isCreation ? "Créer le financement" : "Enregistrer"}
    >
      <SelectField
        name="funderId"
        label="Financeur"
        placeholder="Choisissez dans l'annuaire"
        options={choices.funders}
        defaultValue={str(v, "funderId")}
        error={errors.funderId}
      />
      <TextField
        name="purpose"
        label="Objet"
        defaultValue={str(v, "purpose")}
        error={errors.purpose}
        maxLength={500}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="kind"
          label="Type"
          placeholder="Choisissez un type"
          options={KINDS}
          defaultValue={str(v, "kind")}
          error={errors.kind}
        />
        <TextField
          name="amountEuros"
          label="Montant en euros"
          optional
          inputMode="numeric"
          defaultValue={str(v, "amountEuros")}
          error={errors.amountEuros}
        />
        <SelectField
          name="amountBasis"
          label="Le montant est"
          optional
          placeholder="Non précisé"
          options={BASES}
          defaultValue={str(v, "amountBasis")}
          error={errors.amountBasis}
        />
        <div />
        <TextField
          name="startYear"
          label="Année de début"
          inputMode="numeric"
          defaultValue={str(v, "startYear")}
          error={errors.startYear}
        />
        <TextField
          name="endYear"
          label="Année de fin"
          inputMode="numeric"
          defaultValue={str(v, "endYear")}
          error={errors.endYear}
        />
      </div>
      <CheckboxField
        name="isIndicative"
        label="Montant indicatif (prévisionnel)"
        defaultChecked={str(v, "isIndicative") === "on"}
        error={errors.isIndicative}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">Rattachement (au moins un)</legend>
        <SelectField
          name="campusId"
          label="Campus"
          optional
          placeholder="Aucun"
          options={choices.campuses}
          defaultValue={str(v, "campusId")}
          error={errors.campusId}
        />
        <SelectField
          name="platformId"
          label="Plateforme technologique"
          optional
          placeholder="Aucune"
          options={choices.platforms}
          defaultValue={str(v, "platformId")}
          error={errors.platformId}
        />
        <SelectField
          name="actionId"
          label="Action"
          optional
          placeholder="Aucune"
          options={choices.actions}
          defaultValue={str(v, "actionId")}
          error={errors.actionId}
        />
      </fieldset>
    </FormShell>
  );
}
