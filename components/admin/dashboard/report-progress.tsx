/**
 * The current campaign on the dashboards: its deadline (days left, or how
 * long ago it passed) and the state of each section of a campus's chapter.
 * States are words; the colour only repeats them.
 */
import { Tag } from "@/components/admin/tags";
import type { DashboardToDo } from "@/lib/dashboard/queries";
import {
  SECTION_STATE_LABELS,
  deadlineWords,
  type SectionState,
  type StateCounts,
} from "@/lib/report/progress";
import { formatCount, plural } from "@/lib/text/plural";

const STATE_TONES: Record<SectionState, "neutral" | "warning" | "success" | "danger"> = {
  TO_WRITE: "danger",
  IN_PROGRESS: "warning",
  SUBMITTED: "neutral",
  VALIDATED: "success",
};

export function SectionStateTag({ state }: { state: SectionState }) {
  return <Tag tone={STATE_TONES[state]}>{SECTION_STATE_LABELS[state]}</Tag>;
}

/** « 3 à rédiger, 2 en cours, 1 soumise, 1 validée » (states with no section left out). */
export function stateSummary(states: StateCounts): string {
  const parts = [
    states.TO_WRITE ? `${states.TO_WRITE} à rédiger` : null,
    states.IN_PROGRESS ? `${states.IN_PROGRESS} en cours` : null,
    states.SUBMITTED ? formatCount(states.SUBMITTED, plural("soumise")) : null,
    states.VALIDATED ? formatCount(states.VALIDATED, plural("validée")) : null,
  ].filter(Boolean);
  return parts.join(", ");
}

/** The campaign's deadline as a sentence; passed deadlines are said plainly, in the danger tone. */
export function CampaignDeadline({ report }: { report: DashboardToDo["report"] }) {
  if (report.isValidated) return <p>Le rapport {report.year} est validé.</p>;
  if (!report.opened) return null;
  const overdue = report.deadline !== null && report.deadline.daysLeft < 0;
  return (
    <p className={overdue ? "font-semibold text-danger" : "font-semibold"}>
      {deadlineWords(report.deadline)}
    </p>
  );
}
