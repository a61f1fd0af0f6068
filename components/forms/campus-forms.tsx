"use client";
/** The coordinator's campus forms: presentation and contacts, one axis, one role, one social link. */
import { LEGAL_FORM_LABELS, ROLE_LABELS, SOCIAL_NETWORK_LABELS } from "@/lib/labels";
import { SelectField, TextArea, TextField, type Option } from "./field";
import { FormShell, useFormShell } from "./form-shell";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { str } from "./values";

const opts = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export function CampusForm({
  action,
  initial,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
}) {
  const { state, formAction, values: v, errors } = useFormShell(action, initial);
  return (
    <FormShell state={state} formAction={formAction} label="Présentation et contacts du campus">
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="name" label="Nom" defaultValue={str(v, "name")} error={errors.name} />
        <TextField
          name="alias"
          label="Nom d'usage"
          optional
          defaultValue={str(v, "alias")}
          error={errors.alias}
        />
        <TextField
          name="email"
          label="Adresse e-mail de contact"
          type="email"
          defaultValue={str(v, "email")}
          error={errors.email}
        />
        <TextField
          name="siteUrl"
          label="Site web"
          type="url"
          defaultValue={str(v, "siteUrl")}
          error={errors.siteUrl}
        />
        <TextField
          name="labelYear"
          label="Année de labellisation"
          inputMode="numeric"
          defaultValue={str(v, "labelYear")}
          error={errors.labelYear}
        />
        <SelectField
          name="legalForm"
          label="Forme juridique"
          options={opts(LEGAL_FORM_LABELS)}
          defaultValue={str(v, "legalForm")}
          error={errors.legalForm}
        />
        <SelectField
          name="plannedLegalForm"
          label="Forme juridique envisagée"
          optional
          placeholder="Aucune"
          options={opts(LEGAL_FORM_LABELS)}
          defaultValue={str(v, "plannedLegalForm")}
          error={errors.plannedLegalForm}
        />
        <TextField
          name="plannedChange"
          label="Évolution prévue"
          optional
          defaultValue={str(v, "plannedChange")}
          error={errors.plannedChange}
        />
      </div>
      <TextArea
        name="sectors"
        label="Filières"
        hint="Une par ligne."
        rows={3}
        defaultValue={str(v, "sectors")}
        error={errors.sectors}
      />
      <TextArea
        name="presentation"
        label="Présentation"
        hint="Markdown."
        rows={8}
        defaultValue={str(v, "presentation")}
        error={errors.presentation}
      />
      <TextArea
        name="strategy"
        label="Stratégie"
        optional
        hint="Markdown."
        rows={6}
        defaultValue={str(v, "strategy")}
        error={errors.strategy}
      />
      <TextArea
        name="governanceNotes"
        label="Gouvernance"
        optional
        hint="Markdown."
        rows={6}
        defaultValue={str(v, "governanceNotes")}
        error={errors.governanceNotes}
      />
    </FormShell>
  );
}

export function AxisForm({
  action,
  initial,
  isCreation,
  index,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
  isCreation: boolean;
  index: number;
}) {
  const { state, formAction, values: v, errors } = useFormShell(action, initial);
  const n = isCreation ? "nouvel axe" : `axe ${index + 1}`;
  const fid = (p: string) => `axe-${index}-${p}`;
  return (
    <FormShell
      fieldIdOf={fid}
      state={state}
      formAction={formAction}
      label={isCreation ? "Ajouter un axe" : `Modifier l'axe ${index + 1}`}
      submitLabel={isCreation ? "Ajouter l'axe" : "Enregistrer"}
    >
      <TextField
        id={fid("title")}
        name="title"
        label={`Intitulé (${n})`}
        defaultValue={str(v, "title")}
        error={errors.title}
      />
      <TextArea
        id={fid("description")}
        name="description"
        label={`Description (${n})`}
        optional
        rows={2}
        defaultValue={str(v, "description")}
        error={errors.description}
      />
    </FormShell>
  );
}

export function RoleForm({
  action,
  initial,
  isCreation,
  index,
  organisations,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
  isCreation: boolean;
  index: number;
  organisations: Option[];
}) {
  const { state, formAction, values: v, errors } = useFormShell(action, initial);
  const n = isCreation ? "nouvelle fonction" : `fonction ${index + 1}`;
  const fid = (p: string) => `fonction-${index}-${p}`;
  return (
    <FormShell
      fieldIdOf={fid}
      state={state}
      formAction={formAction}
      label={isCreation ? "Ajouter une fonction" : `Modifier la fonction ${index + 1}`}
      submitLabel={isCreation ? "Ajouter la fonction" : "Enregistrer"}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={fid("role")}
          name="role"
          label={`Fonction (${n})`}
          options={opts(ROLE_LABELS)}
          defaultValue={str(v, "role")}
          error={errors.role}
        />
        <TextField
          id={fid("personName")}
          name="personName"
          label="Nom de la personne"
          optional
          defaultValue={str(v, "personName")}
          error={errors.personName}
        />
        <SelectField
          id={fid("organisationId")}
          name="organisationId"
          label="Organisation"
          optional
          placeholder="Aucune"
          options={organisations}
          defaultValue={str(v, "organisationId")}
          error={errors.organisationId}
        />
        <TextField
          id={fid("note")}
          name="note"
          label="Précision"
          optional
          defaultValue={str(v, "note")}
          error={errors.note}
        />
      </div>
    </FormShell>
  );
}

export function SocialLinkForm({
  action,
  initial,
  index,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
  index: number;
}) {
  const { state, formAction, values: v, errors } = useFormShell(action, initial);
  const fid = (p: string) => `reseau-${index}-${p}`;
  return (
    <FormShell
      fieldIdOf={fid}
      state={state}
      formAction={formAction}
      label="Enregistrer un lien"
      submitLabel="Enregistrer le lien"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={fid("network")}
          name="network"
          label="Réseau"
          options={opts(SOCIAL_NETWORK_LABELS)}
          defaultValue={str(v, "network")}
          error={errors.network}
        />
        <TextField
          id={fid("url")}
          name="url"
          label="Adresse"
          type="url"
          defaultValue={str(v, "url")}
          error={errors.url}
        />
      </div>
    </FormShell>
  );
}
