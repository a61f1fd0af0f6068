"use client";
import { FUNDING_KIND_LABELS } from "@/lib/labels";
import { CheckboxField, type Option, optionsOf, SelectField, TextField } from "./field";
import { RecordForm, type RecordFormProps } from "./form-shell";

const KINDS = optionsOf(FUNDING_KIND_LABELS);
const BASES = [
  { value: "PER_YEAR", label: "Par an" },
  { value: "TOTAL", label: "Au total" },
];

/** A funding line (coordinator). */
export function FundingForm({
  choices,
  ...form
}: RecordFormProps & {
  choices: { funders: Option[]; campuses: Option[]; platforms: Option[]; actions: Option[] };
}) {
  return (
    <RecordForm {...form} noun={{ a: "un financement", the: "le financement" }}>
      {({ field, checkbox }) => (
        <>
          <SelectField
            {...field("funderId")}
            label="Financeur"
            placeholder="Choisissez dans l’annuaire"
            options={choices.funders}
          />
          <TextField {...field("purpose")} label="Objet" maxLength={500} />
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField {...field("kind")} label="Type" placeholder="Choisissez un type" options={KINDS} />
            <TextField {...field("amountEuros")} label="Montant en euros" optional inputMode="numeric" />
            <SelectField
              {...field("amountBasis")}
              label="Le montant est"
              optional
              placeholder="Non précisé"
              options={BASES}
            />
            <div />
            <TextField {...field("startYear")} label="Année de début" inputMode="numeric" />
            <TextField {...field("endYear")} label="Année de fin" inputMode="numeric" />
          </div>
          <CheckboxField {...checkbox("isIndicative")} label="Montant indicatif (prévisionnel)" />
          <fieldset className="flex flex-col gap-4">
            <legend className="font-semibold">Rattachement</legend>
            <p className="text-sm text-muted">
              Sans campus, plateforme ni action, le financement concerne l’ensemble des campus.
            </p>
            <SelectField
              {...field("campusId")}
              label="Campus"
              optional
              placeholder="Aucun"
              options={choices.campuses}
            />
            <SelectField
              {...field("platformId")}
              label="Plateforme technologique"
              optional
              placeholder="Aucune"
              options={choices.platforms}
            />
            <SelectField
              {...field("actionId")}
              label="Action"
              optional
              placeholder="Aucune"
              options={choices.actions}
            />
          </fieldset>
        </>
      )}
    </RecordForm>
  );
}
