/**
 * Progress of a campus's chapter, section by section, and of the campaign's
 * deadline. A section is « à rédiger » while empty, « en cours » once written,
 * « soumise » when its DO submits it to the coordination, « validée » when the
 * coordinator accepts it (or when the whole edition is validated). Submitted
 * and validated states are kept in CampusReport.sectionStates; a change of a
 * section's text drops its state (it has to be submitted again).
 */
import { formatDate } from "@/lib/text/format";
import { formatCount, plural } from "@/lib/text/plural";
import { CAMPUS_SECTION_KEYS, type CampusSectionKey } from "./sections";

export const SECTION_STATES = ["TO_WRITE", "IN_PROGRESS", "SUBMITTED", "VALIDATED"] as const;
export type SectionState = (typeof SECTION_STATES)[number];
export type ReviewState = Extract<SectionState, "SUBMITTED" | "VALIDATED">;
export type ReviewStates = Partial<Record<CampusSectionKey, ReviewState>>;

export const SECTION_STATE_LABELS: Record<SectionState, string> = {
  TO_WRITE: "À rédiger",
  IN_PROGRESS: "En cours",
  SUBMITTED: "Soumise",
  VALIDATED: "Validée",
};

/** The stored review states, whatever the JSON holds (unknown keys and values are ignored). */
export function readReviewStates(value: unknown): ReviewStates {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: ReviewStates = {};
  for (const key of CAMPUS_SECTION_KEYS) {
    const state = (value as Record<string, unknown>)[key];
    if (state === "SUBMITTED" || state === "VALIDATED") out[key] = state;
  }
  return out;
}

/** One section's state from its text, its review state and the edition's. */
export function sectionState(
  text: string | null | undefined,
  review: ReviewState | undefined,
  editionValidated: boolean,
): SectionState {
  if (!text?.trim()) return "TO_WRITE";
  if (editionValidated) return "VALIDATED";
  return review ?? "IN_PROGRESS";
}

/** The review states after a save: a section whose text changed has to be submitted again. */
export function reviewAfterEdit(before: ReviewStates, changed: readonly CampusSectionKey[]): ReviewStates {
  const out = { ...before };
  for (const key of changed) delete out[key];
  return out;
}

export type StateCounts = Record<SectionState, number>;

export function countStates(states: readonly SectionState[]): StateCounts {
  const counts: StateCounts = { TO_WRITE: 0, IN_PROGRESS: 0, SUBMITTED: 0, VALIDATED: 0 };
  for (const s of states) counts[s] += 1;
  return counts;
}

export type Deadline = {
  /** The day (UTC midnight, as stored). */
  date: Date;
  /** Days from today (Paris) to the deadline: 0 on the day, negative once passed. */
  daysLeft: number;
};

/** Today's date in Paris as UTC midnight, the way @db.Date days are stored. */
export function parisDay(now: Date): Date {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(now)
    .split("-")
    .map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function deadlineOf(date: Date | null, now: Date = new Date()): Deadline | null {
  if (!date) return null;
  const daysLeft = Math.round((date.getTime() - parisDay(now).getTime()) / 86_400_000);
  return { date, daysLeft };
}

/**
 * The deadline in plain French: « Date limite : 31 mars 2027, dans 12 jours. »,
 * « … c'est aujourd'hui. », « Date limite dépassée de 3 jours (31 mars 2027). »
 */
export function deadlineWords(deadline: Deadline | null): string {
  if (!deadline) return "Aucune date limite n'est fixée.";
  const day = formatDate(deadline.date);
  if (deadline.daysLeft > 0)
    return `Date limite : ${day}, dans ${formatCount(deadline.daysLeft, plural("jour"))}.`;
  if (deadline.daysLeft === 0) return `Date limite : ${day}, c'est aujourd'hui.`;
  return `Date limite dépassée de ${formatCount(-deadline.daysLeft, plural("jour"))} (${day}).`;
}
