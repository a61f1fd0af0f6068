"use client";
/** The coordinator's campus forms: presentation and contacts, one axis, one role, one social link. */
import { LEGAL_FORM_LABELS, ROLE_LABELS, SOCIAL_NETWORK_LABELS } from "@/lib/labels";
import { type Option, optionsOf, SelectField, TextArea, TextField } from "./field";
import { MarkdownEditor } from "./markdown-editor";
import { FormShell, useFormShell } from "./form-shell";
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";

export function CampusForm({
  action,
  initial,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
}) {
  const { state, formAction, field } = useFormShell(action, initial);
  return (
    <FormShell state={state} formAction={formAction} label="Présentation et contacts du campus">
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField {...field("name")} label="Nom" />
        <TextField {...field("alias")} label="Nom d’usage" optional />
        <TextField {...field("email")} label="Adresse e-mail de contact" type="email" />
        <TextField {...field("siteUrl")} label="Site web" type="url" />
        <TextField {...field("labelYear")} label="Année de labellisation" inputMode="numeric" />
        <SelectField {...field("legalForm")} label="Forme juridique" options={optionsOf(LEGAL_FORM_LABELS)} />
        <SelectField
          {...field("plannedLegalForm")}
          label="Forme juridique envisagée"
          optional
          placeholder="Aucune"
          options={optionsOf(LEGAL_FORM_LABELS)}
        />
        <TextField {...field("plannedChange")} label="Évolution prévue" optional />
      </div>
      <TextArea {...field("sectors")} label="Filières" hint="Une par ligne." rows={3} />
      <MarkdownEditor {...field("presentation")} label="Présentation" hint="Markdown." rows={8} />
      <MarkdownEditor {...field("strategy")} label="Stratégie" optional hint="Markdown." rows={6} />
      <MarkdownEditor {...field("governanceNotes")} label="Gouvernance" optional hint="Markdown." rows={6} />
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
  const { state, formAction, field } = useFormShell(action, initial);
  const n = isCreation ? "nouvel axe" : `axe ${index + 1}`;
  const fid = (p: string) => `axe-${index}-${p}`;
  return (
    <FormShell
      fieldIdOf={fid}
      state={state}
      formAction={formAction}
      label={isCreation ? "Ajouter un axe" : `Modifier l’axe ${index + 1}`}
      submitLabel={isCreation ? "Ajouter l’axe" : "Enregistrer"}
    >
      <TextField {...field("title")} id={fid("title")} label={`Intitulé (${n})`} />
      <TextArea
        {...field("description")}
        id={fid("description")}
        label={`Description (${n})`}
        optional
        rows={2}
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
  const { state, formAction, field } = useFormShell(action, initial);
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
          {...field("role")}
          id={fid("role")}
          label={`Fonction (${n})`}
          options={optionsOf(ROLE_LABELS)}
        />
        <TextField {...field("personName")} id={fid("personName")} label="Nom de la personne" optional />
        <SelectField
          {...field("organisationId")}
          id={fid("organisationId")}
          label="Organisation"
          optional
          placeholder="Aucune"
          options={organisations}
        />
        <TextField {...field("note")} id={fid("note")} label="Précision" optional />
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
  const { state, formAction, field } = useFormShell(action, initial);
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
          {...field("network")}
          id={fid("network")}
          label="Réseau"
          options={optionsOf(SOCIAL_NETWORK_LABELS)}
        />
        <TextField {...field("url")} id={fid("url")} label="Adresse" type="url" />
      </div>
    </FormShell>
  );
}
