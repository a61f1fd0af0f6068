"use client";
/**
 * The action form (create and edit). Controlled state, so nothing typed is
 * lost when the server refuses a save; the server action gets the values,
 * the id and the version the form started from, and answers errors per
 * field, a conflict, or redirects after a successful save.
 */
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import type { ActionFormOptions } from "@/lib/actions/backoffice-queries";
import type { ActionConflict } from "@/lib/actions/conflict";
import type { ActionFormValues, SaveActionPayload } from "@/lib/actions/schema";
import type { FormAction, FormState } from "@/lib/server-action/state";
import type { FieldErrors } from "@/lib/result";
import { ErrorSummary } from "../error-summary";
import { Notice } from "../notice";
import { SubmitButton } from "../buttons";
import { useUnsavedChangesWarning } from "../unsaved-changes";
import { BodySection, EssentialsSection } from "./essentials-section";
import { CampusesSection } from "./campuses-section";
import { BeneficiariesSection, LinksSection } from "./rows-sections";
import { PartnersSection } from "./partners-section";
import { RelatedSection } from "./links-to-section";
import { ConflictPanel } from "./conflict-panel";
import {
  AutosaveMessage,
  RestoreOffer,
  SessionExpiredMessage,
  useAutosave,
  type WorkingCopyOffer,
} from "../autosave";
import { NEW_ACTION_KEY } from "@/lib/working-copies/schema";

/** The form is controlled: it keeps its values itself, and a conflict brings their version. */
export type ActionFormState = FormState<unknown, undefined, ActionConflict>;
export type SaveAction = FormAction<ActionFormState, SaveActionPayload>;

/** Form fields → the diff fields they feed. */
const DIFF_FIELD: Partial<Record<keyof ActionFormValues, string>> = { newPartners: "partners" };

function changedKeys(a: ActionFormValues, b: ActionFormValues): (keyof ActionFormValues)[] {
  return (Object.keys(a) as (keyof ActionFormValues)[]).filter(
    (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}

export function ActionForm({
  actionId,
  initialValues,
  initialVersion,
  options,
  lockedCampusId,
  readOnly = false,
  saveAction,
  onDirtyChange,
  workingCopy = null,
}: {
  actionId: string | null;
  initialValues: ActionFormValues;
  initialVersion: number;
  options: ActionFormOptions;
  lockedCampusId: string | null;
  readOnly?: boolean;
  saveAction: SaveAction;
  onDirtyChange?: (dirty: boolean) => void;
  /** The user's unsaved working copy of this form, offered back when it differs from the action. */
  workingCopy?: WorkingCopyOffer<ActionFormValues> | null;
}) {
  const [values, setValues] = useState(initialValues);
  const [base, setBase] = useState({ values: initialValues, version: initialVersion });
  const [reapplied, setReapplied] = useState<number | null>(null);
  const [state, dispatch, isPending] = useActionState<ActionFormState, SaveActionPayload>(saveAction, {
    status: "idle",
  });
  const [dismissedConflict, setDismissedConflict] = useState<ActionFormState | null>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const [offer, setOffer] = useState(() =>
    workingCopy && JSON.stringify(workingCopy.content) !== JSON.stringify(initialValues) ? workingCopy : null,
  );
  const recordKey = actionId ?? NEW_ACTION_KEY;
  const autosave = useAutosave({
    form: "action",
    recordKey,
    baseVersion: String(base.version),
    content: values,
    // While a working copy is offered, typing must not overwrite it.
    enabled: !readOnly && !offer,
  });
  const restore = () => {
    if (!offer) return;
    setValues(offer.content);
    // Saved over the version it was typed on: someone else's later save shows as a conflict.
    const version = Number(offer.baseVersion);
    if (actionId && Number.isInteger(version) && version >= 1) setBase((b) => ({ ...b, version }));
    setOffer(null);
    topRef.current?.focus();
  };

  const dirty = changedKeys(values, base.values).length > 0 || reapplied !== null;
  useUnsavedChangesWarning(dirty && !readOnly);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const update = <K extends keyof ActionFormValues>(key: K, value: ActionFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errors: FieldErrors = state.status === "invalid" ? state.fieldErrors : {};
  const shownConflict = state.status === "conflict" && state !== dismissedConflict ? state : null;
  const conflict = shownConflict?.conflict ?? null;

  const reportYearOptions = useMemo(() => {
    const now = new Date().getFullYear();
    const years = new Set<number>();
    for (let y = 2016; y <= now + 1; y++) years.add(y);
    for (const y of values.reportYears) if (/^\d{4}$/.test(y)) years.add(Number(y));
    return [...years].sort();
  }, [values.reportYears]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (readOnly) return;
    startTransition(() => dispatch({ id: actionId, version: base.version, values }));
  };

  const mine = conflict
    ? new Set(changedKeys(values, base.values).map((k) => DIFF_FIELD[k] ?? k))
    : new Set<string>();
  const reapply = () => {
    if (!conflict) return;
    const changed = changedKeys(values, base.values);
    const merged = { ...conflict.theirs.values };
    for (const k of changed) (merged as Record<string, unknown>)[k] = values[k];
    setBase({ values: conflict.theirs.values, version: conflict.theirs.version });
    setValues(merged);
    setReapplied(conflict.theirs.version);
    setDismissedConflict(shownConflict);
    topRef.current?.focus();
  };
  const discard = () => {
    if (!conflict) return;
    setBase({ values: conflict.theirs.values, version: conflict.theirs.version });
    setValues(conflict.theirs.values);
    setReapplied(null);
    setDismissedConflict(shownConflict);
    topRef.current?.focus();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={actionId ? "Modifier l’action" : "Créer une action"}>
      <div ref={topRef} tabIndex={-1} className="focus:outline-none">
        {state.status === "error" ? (
          <Notice tone="error" title="Enregistrement impossible">
            {state.message}
          </Notice>
        ) : null}
        {state.status === "invalid" ? <ErrorSummary errors={state.fieldErrors} /> : null}
        {shownConflict ? (
          <ConflictPanel
            message={shownConflict.message}
            savedBy={shownConflict.conflict.theirs.savedBy}
            savedAt={shownConflict.conflict.theirs.savedAt}
            changes={shownConflict.conflict.changes}
            changedByYou={mine}
            onReapply={reapply}
            onDiscard={discard}
          />
        ) : null}
        {offer ? (
          <RestoreOffer
            form="action"
            recordKey={recordKey}
            savedAt={offer.savedAt}
            onRestore={restore}
            onDismiss={() => setOffer(null)}
          />
        ) : null}
        {reapplied !== null && !conflict ? (
          <Notice tone="info" title={`Vos modifications sont reprises sur la version ${reapplied}.`}>
            Relisez-les puis cliquez sur «&#x202F;Enregistrer&#x202F;».
          </Notice>
        ) : null}
      </div>
      <fieldset disabled={readOnly} className="flex flex-col gap-10">
        <legend className="sr-only">Contenu de l’action</legend>
        <EssentialsSection
          values={values}
          update={update}
          errors={errors}
          reportYearOptions={reportYearOptions}
        />
        <BodySection values={values} update={update} errors={errors} />
        <CampusesSection
          values={values}
          update={update}
          errors={errors}
          campuses={options.campuses}
          lockedCampusId={lockedCampusId}
          frozenCampusIds={
            lockedCampusId
              ? base.values.campuses.map((c) => c.campusId).filter((id) => id !== lockedCampusId)
              : []
          }
        />
        <BeneficiariesSection values={values} update={update} errors={errors} />
        <PartnersSection
          values={values}
          update={update}
          errors={errors}
          organisations={options.organisations}
        />
        <LinksSection values={values} update={update} errors={errors} />
        <RelatedSection
          values={values}
          update={update}
          errors={errors}
          formations={options.formations}
          platforms={options.platforms}
        />
        {readOnly ? null : (
          <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-line bg-surface py-4">
            <SubmitButton pending={isPending} pendingLabel="Enregistrement…">
              Enregistrer
            </SubmitButton>
            {dirty ? (
              <p className="text-sm text-warning">Modifications non enregistrées.</p>
            ) : (
              <p className="text-sm text-muted">Aucune modification en cours.</p>
            )}
            <AutosaveMessage status={autosave} />
            <SessionExpiredMessage refused={state.status === "error" ? state.message : null} />
          </div>
        )}
      </fieldset>
    </form>
  );
}
