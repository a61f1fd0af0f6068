"use client";
/** "Paramètres du site": the portal's legal and contact facts, each optional until known. */
import type { FormAction, FormState, Submitted } from "@/lib/server-action/state";
import { SETTING_LABELS } from "@/lib/settings/schema";
import { TextArea, TextField } from "./field";
import { FormShell, useFormShell } from "./form-shell";

export function SiteSettingsForm({
  action,
  initial,
}: {
  action: FormAction<FormState<Submitted>>;
  initial: Submitted;
}) {
  const { state, formAction, field } = useFormShell(action, initial);
  const legend = "text-lg font-bold";
  return (
    <FormShell state={state} formAction={formAction} label="Paramètres du site">
      <fieldset className="flex flex-col gap-5">
        <legend className={legend}>Mentions légales</legend>
        <TextField {...field("publisherName")} label={SETTING_LABELS.publisherName} optional />
        <TextArea
          {...field("publisherAddress")}
          label={SETTING_LABELS.publisherAddress}
          rows={3}
          optional
          hint="Adresse postale complète, sur plusieurs lignes si besoin."
        />
        <TextField
          {...field("publicationDirector")}
          label={SETTING_LABELS.publicationDirector}
          optional
          hint="Nom et fonction de la personne responsable de la publication."
        />
        <TextField {...field("hostName")} label={SETTING_LABELS.hostName} optional />
        <TextArea {...field("hostAddress")} label={SETTING_LABELS.hostAddress} rows={3} optional />
      </fieldset>
      <fieldset className="flex flex-col gap-5">
        <legend className={legend}>Contact</legend>
        <TextArea
          {...field("coordinationAddress")}
          label={SETTING_LABELS.coordinationAddress}
          rows={3}
          optional
        />
        <TextField
          {...field("contactEmail")}
          type="email"
          spellCheck={false}
          label={SETTING_LABELS.contactEmail}
          optional
        />
      </fieldset>
      <fieldset className="flex flex-col gap-5">
        <legend className={legend}>Rapport annuel</legend>
        <TextField
          {...field("defaultReportDeadline")}
          type="date"
          label={SETTING_LABELS.defaultReportDeadline}
          optional
          hint="Date à laquelle les campus doivent avoir rédigé leurs sections du rapport."
        />
      </fieldset>
    </FormShell>
  );
}
