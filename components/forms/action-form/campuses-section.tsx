"use client";
/**
 * The campuses that own the action: one row per campus with "porte cette
 * action", "chef de file" and its axis. A DO's own campus stays checked.
 */
import { fieldId } from "../field";
import type { ActionFormOptions } from "@/lib/actions/backoffice-queries";
import type { SectionProps } from "./types";

export function CampusesSection({
  values,
  update,
  errors,
  campuses,
  lockedCampusId,
  frozenCampusIds = [],
}: SectionProps & {
  campuses: ActionFormOptions["campuses"];
  lockedCampusId: string | null;
  frozenCampusIds?: string[];
}) {
  const selected = values.campuses;
  const frozen = new Set(frozenCampusIds);
  const leadIsFrozen = selected.some((c) => c.isLead && frozen.has(c.campusId));
  const indexOf = (campusId: string) => selected.findIndex((c) => c.campusId === campusId);

  const toggle = (campusId: string, checked: boolean) => {
    if (checked) {
      update("campuses", [...selected, { campusId, axisId: "", isLead: selected.length === 0 }]);
    } else {
      const rest = selected.filter((c) => c.campusId !== campusId);
      if (rest.length && !rest.some((c) => c.isLead)) rest[0] = { ...rest[0], isLead: true };
      update("campuses", rest);
    }
  };
  const setLead = (campusId: string) =>
    update(
      "campuses",
      selected.map((c) => ({ ...c, isLead: c.campusId === campusId })),
    );
  const setAxis = (campusId: string, axisId: string) =>
    update(
      "campuses",
      selected.map((c) => (c.campusId === campusId ? { ...c, axisId } : c)),
    );
  const error = errors.campuses;

  return (
    <section aria-labelledby="section-campus" className="flex flex-col gap-3">
      <h2 id="section-campus" className="text-xl font-bold">
        Campus porteurs
      </h2>
      <p className="text-sm text-muted">
        Cochez chaque campus qui porte l’action, désignez le chef de file et, si vous le souhaitez, l’axe du
        campus auquel elle se rattache.
      </p>
      {error ? (
        <p id={`${fieldId("campuses")}-erreur`} className="font-semibold text-danger">
          <span className="sr-only">Erreur&nbsp;: </span>
          {error}
        </p>
      ) : null}
      <ul className={`flex flex-col gap-3 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
        {campuses.map((c, position) => {
          const index = indexOf(c.id);
          const row = index >= 0 ? selected[index] : null;
          const checkboxId = position === 0 ? fieldId("campuses") : `${fieldId("campuses")}-${c.slug}`;
          const axisId = row ? fieldId(`campuses.${index}.axisId`) : `${fieldId("campuses")}-${c.slug}-axe`;
          const axisError = row ? errors[`campuses.${index}.axisId`] : undefined;
          const locked = lockedCampusId === c.id;
          const isFrozen = frozen.has(c.id) && !!row;
          const helpId = `${checkboxId}-aide`;
          return (
            <li key={c.id} className="rounded border border-line p-3">
              <fieldset>
                <legend className="sr-only">{c.name}</legend>
                <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
                  <div className="flex items-start gap-2">
                    <input
                      id={checkboxId}
                      type="checkbox"
                      className="mt-1.5 size-5 accent-accent"
                      checked={!!row}
                      disabled={(locked && !!row) || isFrozen}
                      aria-describedby={
                        locked || isFrozen ? helpId : error ? `${fieldId("campuses")}-erreur` : undefined
                      }
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                    <label htmlFor={checkboxId} className="font-semibold">
                      {c.name} porte cette action
                    </label>
                  </div>
                  {locked ? (
                    <p id={helpId} className="text-sm text-muted">
                      Votre campus reste porteur des actions que vous gérez.
                    </p>
                  ) : isFrozen ? (
                    <p id={helpId} className="text-sm text-muted">
                      Seuls le DO de ce campus et la coordination peuvent retirer ce campus ou changer son
                      axe.
                    </p>
                  ) : null}
                  {row ? (
                    <div className="flex items-start gap-2">
                      <input
                        id={`${fieldId("campuses")}-${c.slug}-chef`}
                        type="radio"
                        name="leadCampus"
                        className="mt-1.5 size-5 accent-accent"
                        checked={row.isLead}
                        disabled={leadIsFrozen || isFrozen}
                        onChange={() => setLead(c.id)}
                      />
                      <label htmlFor={`${fieldId("campuses")}-${c.slug}-chef`}>Chef de file</label>
                    </div>
                  ) : null}
                </div>
                {row && c.axes.length ? (
                  <div className="mt-2 flex flex-col">
                    <label htmlFor={axisId} className="text-sm font-semibold">
                      Axe du {c.acronym} <span className="font-normal text-muted">(facultatif)</span>
                    </label>
                    {axisError ? (
                      <p id={`${axisId}-erreur`} className="font-semibold text-danger">
                        {axisError}
                      </p>
                    ) : null}
                    <select
                      id={axisId}
                      className="mt-1 block w-full rounded border-2 border-ink/70 bg-surface px-3 py-2"
                      value={row.axisId}
                      disabled={isFrozen}
                      aria-invalid={axisError ? true : undefined}
                      aria-describedby={axisError ? `${axisId}-erreur` : undefined}
                      onChange={(e) => setAxis(c.id, e.target.value)}
                    >
                      <option value="">Aucun axe en particulier</option>
                      {c.axes.map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.title}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
