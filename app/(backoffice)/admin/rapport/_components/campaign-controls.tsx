"use client";
/**
 * The coordinator's hold on a year's campaign: opening it (one button,
 * confirmed) and setting its deadline.
 */
import { useActionState } from "react";
import { Notice } from "@/components/forms/notice";
import { OperationForm } from "@/components/forms/operation-form";
import { SubmitButton } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { openCampaignServerAction, setCampaignDeadlineServerAction } from "../server-actions";

export function OpenCampaignForm({
  year,
  defaultDeadline,
}: {
  year: number;
  defaultDeadline: string | null;
}) {
  return (
    <OperationForm
      action={openCampaignServerAction}
      fields={{ year: String(year) }}
      variant="primary"
      label={`Ouvrir la campagne ${year}`}
      pendingLabel="Ouverture…"
      confirm={`Ouvrir la campagne du rapport ${year}\u202F? Chacun des six campus aura son bilan ${year} à rédiger${defaultDeadline ? `, avec la date limite par défaut du ${defaultDeadline}` : ", sans date limite pour l’instant"}.`}
    />
  );
}

export function CampaignDeadlineForm({ year, deadline }: { year: number; deadline: string | null }) {
  const [state, action] = useActionState(setCampaignDeadlineServerAction, { status: "idle" });
  const error = state.status === "invalid" ? state.fieldErrors.deadline : undefined;
  const value = typeof state.values?.deadline === "string" ? state.values.deadline : (deadline ?? "");
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      {state.status === "success" ? <Notice tone="success" title={state.message} /> : null}
      {state.status === "error" || state.status === "conflict" ? (
        <Notice tone="error" title={state.message} />
      ) : null}
      <input type="hidden" name="year" value={year} />
      <div className="max-w-xs">
        <TextField
          key={value}
          name="deadline"
          type="date"
          label={`Date limite des bilans ${year}`}
          hint="Jour où les campus doivent avoir soumis leurs sections."
          defaultValue={value}
          error={error}
        />
      </div>
      <div>
        <SubmitButton variant="secondary" pendingLabel="Enregistrement…">
          Fixer la date limite
        </SubmitButton>
      </div>
    </form>
  );
}
