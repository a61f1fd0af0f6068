"use client";
/** Beneficiaries and links: rows the user adds and removes. */
import { AUDIENCE_LABELS, BENEFICIARY_UNIT_LABELS, BENEFICIARY_UNIT_ORDER } from "@/lib/labels";
import { ACTION_LIMITS } from "@/lib/actions/schema";
import { fieldId, optionsOf, SelectField, TextField } from "../field";
import { Repeatable } from "./repeatable";
import type { SectionProps } from "./types";

const AUDIENCE_OPTIONS = optionsOf(AUDIENCE_LABELS);
const UNIT_OPTIONS = BENEFICIARY_UNIT_ORDER.map((unit) => ({
  value: unit,
  label: BENEFICIARY_UNIT_LABELS[unit].other.replace(/^./, (c) => c.toUpperCase()),
}));

export function BeneficiariesSection({ values, update, errors, disabled }: SectionProps) {
  return (
    <Repeatable
      legend="Bénéficiaires"
      hint="Combien l’action en a touchés, comptés dans une seule unité par ligne (par exemple 120 élèves, 3 établissements)&nbsp;: les nombres d’unités différentes ne s’additionnent jamais. Les établissements ou entreprises seulement enquêtés ou rencontrés ne sont pas des bénéficiaires."
      rows={values.beneficiaries}
      onChange={(rows) => update("beneficiaries", rows)}
      empty={() => ({ count: "", unit: "", detail: "", audience: "" })}
      addLabel="Ajouter des bénéficiaires"
      removeLabel={(i) => `Retirer la ligne de bénéficiaires ${i + 1}`}
      max={ACTION_LIMITS.beneficiaries}
      error={errors.beneficiaries}
      errorId={`${fieldId("beneficiaries")}-erreur`}
      firstFocusId={fieldId("beneficiaries")}
      disabled={disabled}
      renderRow={(row, i, set) => (
        <div className="grid gap-3 sm:grid-cols-[8rem_12rem_1fr_14rem]">
          <TextField
            name={`beneficiaries.${i}.count`}
            label={`Nombre (ligne ${i + 1})`}
            inputMode="numeric"
            value={row.count}
            onChange={(e) => set({ ...row, count: e.target.value })}
            error={errors[`beneficiaries.${i}.count`]}
          />
          <SelectField
            name={`beneficiaries.${i}.unit`}
            label={`Unité (ligne ${i + 1})`}
            placeholder="Choisir"
            options={UNIT_OPTIONS}
            value={row.unit}
            onChange={(e) => set({ ...row, unit: e.target.value })}
            error={errors[`beneficiaries.${i}.unit`]}
          />
          <TextField
            name={`beneficiaries.${i}.detail`}
            label={`Précision (ligne ${i + 1})`}
            optional
            hint="Par exemple «&#x202F;élèves de 3e&#x202F;», «&#x202F;collèges&#x202F;»"
            value={row.detail}
            onChange={(e) => set({ ...row, detail: e.target.value })}
            error={errors[`beneficiaries.${i}.detail`]}
            maxLength={120}
          />
          <SelectField
            name={`beneficiaries.${i}.audience`}
            label={`Public (ligne ${i + 1})`}
            optional
            placeholder="Non précisé"
            options={AUDIENCE_OPTIONS}
            value={row.audience}
            onChange={(e) => set({ ...row, audience: e.target.value })}
            error={errors[`beneficiaries.${i}.audience`]}
          />
        </div>
      )}
    />
  );
}

export function LinksSection({ values, update, errors, disabled }: SectionProps) {
  return (
    <Repeatable
      legend="Liens"
      hint="Articles, programmes, vidéos&nbsp;: des adresses complètes commençant par https://."
      rows={values.links}
      onChange={(rows) => update("links", rows)}
      empty={() => ({ label: "", url: "" })}
      addLabel="Ajouter un lien"
      removeLabel={(i) => `Retirer le lien ${i + 1}`}
      max={ACTION_LIMITS.links}
      error={errors.links}
      errorId={`${fieldId("links")}-erreur`}
      firstFocusId={fieldId("links")}
      disabled={disabled}
      renderRow={(row, i, set) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            name={`links.${i}.label`}
            label={`Intitulé du lien ${i + 1}`}
            value={row.label}
            onChange={(e) => set({ ...row, label: e.target.value })}
            error={errors[`links.${i}.label`]}
            maxLength={150}
          />
          <TextField
            name={`links.${i}.url`}
            label={`Adresse du lien ${i + 1}`}
            type="url"
            spellCheck={false}
            value={row.url}
            onChange={(e) => set({ ...row, url: e.target.value })}
            error={errors[`links.${i}.url`]}
            maxLength={500}
          />
        </div>
      )}
    />
  );
}
