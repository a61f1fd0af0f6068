"use client";
import { DIPLOMA_LABELS, FORMATION_STATE_LABELS, LEVEL_LABELS, MODALITY_LABELS } from "@/lib/labels";
import { ChoiceGroup, optionsOf, SelectField, TextArea, TextField } from "./field";
import { MarkdownEditor } from "./markdown-editor";
import { RecordForm, type EntryFormProps } from "./form-shell";

/** A formation (coordinator). */
export function FormationForm({ campuses, organisations, ...form }: EntryFormProps) {
  return (
    <RecordForm {...form} noun={{ a: "une formation", the: "la formation" }}>
      {({ field, checkboxes }) => (
        <>
          <TextField {...field("title")} label="Intitulé" maxLength={200} />
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              {...field("diploma")}
              label="Diplôme"
              placeholder="Choisissez un diplôme"
              options={optionsOf(DIPLOMA_LABELS)}
            />
            <SelectField
              {...field("level")}
              label="Niveau"
              optional
              placeholder="Non précisé"
              options={optionsOf(LEVEL_LABELS)}
            />
            <SelectField
              {...field("state", "OUVERTE")}
              label="État"
              options={optionsOf(FORMATION_STATE_LABELS)}
            />
            <SelectField
              {...field("establishmentId")}
              label="Établissement"
              optional
              placeholder="Non précisé"
              options={organisations}
            />
            <TextField {...field("commune")} label="Commune" optional />
            <TextField {...field("departement")} label="Département" optional hint="Numéro, par exemple 25" />
            <TextField {...field("rncp")} label="Code RNCP" optional hint="Par exemple RNCP35316" />
            <TextField {...field("cfd")} label="Code formation diplôme (CFD)" optional hint="8 caractères" />
            <TextField {...field("duration")} label="Durée" optional hint="Par exemple&nbsp;: 2 ans" />
            <TextField
              {...field("nextSession")}
              label="Prochaine rentrée"
              optional
              hint="Par exemple&nbsp;: septembre 2027"
            />
            <TextField
              {...field("applicationUrl")}
              label="Adresse de candidature"
              optional
              hint="Parcoursup, Affelnet ou la page de l’établissement (https://…)"
            />
          </div>
          <ChoiceGroup
            {...checkboxes("modalities")}
            label="Modalités"
            optional
            options={optionsOf(MODALITY_LABELS)}
            columns={2}
          />
          <ChoiceGroup {...checkboxes("campusIds")} label="Campus" options={campuses} columns={2} />
          <TextArea
            {...field("admission")}
            label="Conditions d’admission"
            optional
            rows={3}
            maxLength={500}
            hint="Par exemple&nbsp;: après un bac général, technologique ou professionnel"
          />
          <MarkdownEditor {...field("description")} label="Description" optional rows={6} maxLength={5000} />
          <TextField
            {...field("slug")}
            label="Adresse de la page"
            optional
            hint="Laissez vide pour la garder (ou la déduire de l’intitulé)."
          />
        </>
      )}
    </RecordForm>
  );
}
