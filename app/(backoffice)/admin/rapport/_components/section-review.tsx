/**
 * The state of each section of a campus's chapter, with what the user may
 * do next: its DO submits the written sections to the coordination; the
 * coordinator validates a section or returns it for rewriting. Every
 * decision is taken again by lib/report/mutations.ts.
 */
import { OperationForm } from "@/components/forms/operation-form";
import { SectionStateTag } from "@/components/admin/dashboard/report-progress";
import type { CampusChapterForm } from "@/lib/report/queries";
import { CAMPUS_SECTION_KEYS, CAMPUS_SECTIONS } from "@/lib/report/sections";
import { reviewSectionServerAction, submitChapterServerAction } from "../server-actions";

export function SectionReview({ form, isCoordinator }: { form: CampusChapterForm; isCoordinator: boolean }) {
  const frozen = form.editionStatus === "VALIDATED";
  const toSubmit = CAMPUS_SECTION_KEYS.filter((k) => form.states[k] === "IN_PROGRESS").length;
  const fields = { campus: form.campus.slug, year: String(form.year) };
  return (
    <section aria-labelledby="suivi" className="mb-8 rounded border border-line p-4">
      <h2 id="suivi" className="text-xl font-bold">
        Suivi des sections
      </h2>
      <ul className="mt-2 divide-y divide-line">
        {CAMPUS_SECTION_KEYS.map((k) => {
          const state = form.states[k];
          return (
            <li key={k} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="font-semibold">{CAMPUS_SECTIONS[k].label}</span>
              <span className="flex flex-wrap items-center gap-2">
                <SectionStateTag state={state} />
                {isCoordinator &&
                form.opened &&
                !frozen &&
                (state === "SUBMITTED" || state === "IN_PROGRESS") ? (
                  <OperationForm
                    action={reviewSectionServerAction}
                    fields={{ ...fields, section: k, decision: "validate" }}
                    label={`Valider «\u202F${CAMPUS_SECTIONS[k].label}\u202F»`}
                    pendingLabel="Validation…"
                  />
                ) : null}
                {isCoordinator &&
                form.opened &&
                !frozen &&
                (state === "SUBMITTED" || state === "VALIDATED") ? (
                  <OperationForm
                    action={reviewSectionServerAction}
                    fields={{ ...fields, section: k, decision: "return" }}
                    label={`Renvoyer «\u202F${CAMPUS_SECTIONS[k].label}\u202F» en rédaction`}
                    pendingLabel="Renvoi…"
                  />
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {!form.opened ? (
        <p className="mt-3 text-muted">
          La campagne {form.year} n’est pas ouverte&nbsp;: les sections ne peuvent pas encore être soumises.
        </p>
      ) : !frozen && toSubmit > 0 ? (
        <div className="mt-3">
          <OperationForm
            action={submitChapterServerAction}
            fields={fields}
            variant="primary"
            label="Soumettre les sections rédigées à la coordination"
            pendingLabel="Envoi…"
            confirm={`Soumettre les sections rédigées du bilan ${form.year} à la coordination régionale\u202F? Une section modifiée ensuite devra être soumise à nouveau.`}
          />
        </div>
      ) : null}
    </section>
  );
}
