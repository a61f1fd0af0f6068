"use client";
import { ACTION_STATUS_LABELS, AUDIENCE_LABELS } from "@/lib/labels";
import { ACTION_LIMITS } from "@/lib/actions/schema";
import { ChoiceGroup, optionsOf, TextArea, TextField } from "../field";
import { MarkdownEditor } from "../markdown-editor";
import type { SectionProps } from "./types";

const STATUS_OPTIONS = (["PROJETEE", "EN_COURS", "TERMINEE"] as const).map((s) => ({
  value: s,
  label: ACTION_STATUS_LABELS[s],
}));
const AUDIENCE_OPTIONS = optionsOf(AUDIENCE_LABELS);
const DATE_HINT = "Une année (2018), un mois (09/2018) ou un jour (20/09/2018).";

export function EssentialsSection({
  values,
  update,
  errors,
  disabled,
  reportYearOptions,
}: SectionProps & { reportYearOptions: number[] }) {
  return (
    <section aria-labelledby="section-essentiel" className="flex flex-col gap-5">
      <h2 id="section-essentiel" className="text-xl font-bold">
        L’essentiel
      </h2>
      <TextField
        name="title"
        label="Titre"
        value={values.title}
        onChange={(e) => update("title", e.target.value)}
        error={errors.title}
        maxLength={ACTION_LIMITS.title}
        disabled={disabled}
      />
      <TextField
        name="slug"
        label="Adresse de la page"
        optional
        hint="Lettres minuscules sans accent, chiffres et tirets. Laissez vide pour la déduire du titre."
        value={values.slug}
        onChange={(e) => update("slug", e.target.value)}
        error={errors.slug}
        maxLength={ACTION_LIMITS.slug}
        spellCheck={false}
        disabled={disabled}
      />
      <TextArea
        name="summary"
        label="Résumé"
        hint={`Deux ou trois phrases affichées dans les listes d’actions (${ACTION_LIMITS.summary} caractères au plus).`}
        rows={3}
        value={values.summary}
        onChange={(e) => update("summary", e.target.value)}
        error={errors.summary}
        maxLength={ACTION_LIMITS.summary}
        disabled={disabled}
      />
      <ChoiceGroup
        name="status"
        label="Statut"
        type="radio"
        options={STATUS_OPTIONS}
        values={[values.status]}
        onChange={(v) => update("status", v[0] ?? "")}
        error={errors.status}
        columns={3}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="start"
          label="Début"
          optional
          hint={DATE_HINT}
          value={values.start}
          onChange={(e) => update("start", e.target.value)}
          error={errors.start}
          inputMode="numeric"
          disabled={disabled}
        />
        <TextField
          name="end"
          label="Fin"
          optional
          hint={`${DATE_HINT} Obligatoire pour une action terminée.`}
          value={values.end}
          onChange={(e) => update("end", e.target.value)}
          error={errors.end}
          inputMode="numeric"
          disabled={disabled}
        />
      </div>
      <ChoiceGroup
        name="reportYears"
        label="Années du rapport d’activité"
        optional
        hint="Les rapports annuels dans lesquels cette action figure."
        options={reportYearOptions.map((y) => ({ value: String(y), label: String(y) }))}
        values={values.reportYears}
        onChange={(v) => update("reportYears", v)}
        error={errors.reportYears}
        columns={3}
      />
      <ChoiceGroup
        name="audiences"
        label="Publics"
        optional
        options={AUDIENCE_OPTIONS}
        values={values.audiences}
        onChange={(v) => update("audiences", v)}
        error={errors.audiences}
        columns={3}
      />
    </section>
  );
}

export function BodySection({ values, update, errors, disabled }: SectionProps) {
  return (
    <section aria-labelledby="section-description" className="flex flex-col gap-5">
      <h2 id="section-description" className="text-xl font-bold">
        Description détaillée
      </h2>
      <MarkdownEditor
        name="body"
        label="Texte de la page de l’action"
        optional
        hint={
          <>
            Mise en forme Markdown&nbsp;: <code>## Intertitre</code>, <code>**gras**</code>,{" "}
            <code>- élément de liste</code>, <code>[texte du lien](https://…)</code>. L’aperçu montre le texte
            tel que les visiteurs le liront.
          </>
        }
        rows={14}
        value={values.body}
        onChange={(body) => update("body", body)}
        error={errors.body}
        maxLength={ACTION_LIMITS.body}
        disabled={disabled}
      />
      <TextArea
        name="source"
        label="Source"
        optional
        hint="D’où viennent ces informations (par exemple «&#x202F;Rapport d’activité 2018, § 3.6.3&#x202F;»). Réservé aux notes de rédaction&nbsp;: les renvois (§, annexe, chapitre) vont ici, jamais dans le résumé ni le texte. Affiché sur la page publique en une ligne discrète."
        rows={2}
        value={values.source}
        onChange={(e) => update("source", e.target.value)}
        error={errors.source}
        maxLength={ACTION_LIMITS.source}
        disabled={disabled}
      />
    </section>
  );
}
