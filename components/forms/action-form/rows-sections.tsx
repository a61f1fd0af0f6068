"use client";
/** Beneficiaries and links: rows the user adds and removes. */
import { AUDIENCE_LABELS } from "@/lib/labels";
import { ACTION_LIMITS } from "@/lib/actions/schema";
import { fieldId, optionsOf, SelectField, TextField } from "../field";
import { Repeatable } from "./repeatable";
import type { SectionProps } from "./types";

const AUDIENCE_OPTIONS = optionsOf(AUDIENCE_LABELS);

export function BeneficiariesSection({ values, update, errors, disabled }: SectionProps) {
  return (
    <Repeatable
      legend="Bénéficiaires"
      hint="Combien de personnes l'action a touchées, et lesquelles (par exemple 120 collégiens)."
      rows={values.beneficiaries}
      onChange={(rows) => update("beneficiaries", rows)}
      empty={() => ({ count: "", unit: "", audience: "" })}
      addLabel="Ajouter des bénéficiaires"
      removeLabel={(i) => `Retirer la ligne de bénéficiaires ${i + 1}`}
      max={ACTION_LIMITS.beneficiaries}
      error={errors.beneficiaries}
      errorId={`${fieldId("beneficiaries")}-erreur`}
      firstFocusId={fieldId("beneficiaries")}
      disabled={disabled}
      renderRow={(row, i, set) => (
        <div className="grid gap-3 sm:grid-cols-[8rem_1fr_14rem]">
          <TextField
            name={`beneficiaries.${i}.count`}
            label={`Nombre (ligne ${i + 1})`}
            inputMode="numeric"
            value={row.count}
            onChange={(e) => set({ ...row, count: e.target.value })}
            error={errors[`beneficiaries.${i}.count`]}
          />
          <TextField
            name={`beneficiaries.${i}.unit`}
            label={`Qui (ligne ${i + 1})`}
            hint="Par exemple « élèves de 3e »"
            value={row.unit}
            onChange={(e) => set({ ...row, unit: e.target.value })}
            error={errors[`beneficiaries.${i}.unit`]}
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
      hint="Articles, programmes, vidéos : des adresses complètes commençant par https://."
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
