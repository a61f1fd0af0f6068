"use client";
import { ChoiceGroup, SelectField, TextField } from "./field";
import { MarkdownEditor } from "./markdown-editor";
import { RecordForm, type EntryFormProps } from "./form-shell";

/** A plateforme technologique (coordinator). */
export function PlatformForm({ campuses, organisations, ...form }: EntryFormProps) {
  return (
    <RecordForm {...form} noun={{ a: "une plateforme", the: "la plateforme" }}>
      {({ field, checkboxes }) => (
        <>
          <TextField {...field("name")} label="Nom" maxLength={200} />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField {...field("acronym")} label="Sigle" optional />
            <SelectField
              {...field("isLabelled", "inconnu")}
              label="Labellisée PFT"
              options={[
                { value: "inconnu", label: "Non précisé" },
                { value: "oui", label: "Oui" },
                { value: "non", label: "Non" },
              ]}
            />
            <SelectField
              {...field("hostId")}
              label="Établissement d’accueil"
              optional
              placeholder="Non précisé"
              options={organisations}
            />
            <TextField {...field("commune")} label="Commune" optional />
            <TextField {...field("departement")} label="Département" optional />
            <TextField {...field("position")} label="Ordre d’affichage" optional inputMode="numeric" />
          </div>
          <TextField {...field("domain")} label="Domaine" optional />
          <ChoiceGroup
            {...checkboxes("campusIds")}
            label="Campus"
            optional
            hint="Les campus auxquels la plateforme est rattachée. Sans campus coché, elle figure parmi les plateformes partenaires de l’ensemble des campus."
            options={campuses}
            columns={2}
          />
          <MarkdownEditor {...field("description")} label="Description" optional rows={6} maxLength={5000} />
          <TextField {...field("slug")} label="Adresse de la page" optional />
        </>
      )}
    </RecordForm>
  );
}
