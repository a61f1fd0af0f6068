/**
 * Field-by-field comparison of two states of an action, in French, for the
 * history page and for a save that met someone else's change. Ids are shown
 * as names through a lookup the server builds.
 */
import { ACTION_STATUS_LABELS, AUDIENCE_LABELS, PUBLICATION_LABELS } from "@/lib/labels";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { formatBeneficiary } from "./beneficiaries";
import type { ActionContent } from "./form-values";
import type { ActionSnapshot } from "./snapshot";

export type NameLookup = {
  campuses: Record<string, string>;
  axes: Record<string, string>;
  organisations: Record<string, string>;
  formations: Record<string, string>;
  platforms: Record<string, string>;
};

export const emptyLookup = (): NameLookup => ({
  campuses: {},
  axes: {},
  organisations: {},
  formations: {},
  platforms: {},
});

type Comparable = ActionContent & { publication?: ActionSnapshot["publication"] };
export type ActionField = keyof Omit<ActionSnapshot, never>;

export const ACTION_FIELD_LABELS: Record<ActionField, string> = {
  title: "Titre",
  slug: "Adresse de la page",
  summary: "Résumé",
  body: "Description détaillée",
  source: "Source",
  status: "Statut",
  start: "Début",
  end: "Fin",
  reportYears: "Années du rapport d'activité",
  audiences: "Publics",
  publication: "Publication",
  campuses: "Campus porteurs",
  beneficiaries: "Bénéficiaires",
  partners: "Partenaires",
  links: "Liens",
  formationIds: "Formations liées",
  platformIds: "Plateformes technologiques liées",
};

/** The order fields are shown in (the form's order). */
export const ACTION_FIELDS: ActionField[] = [
  "title",
  "slug",
  "summary",
  "body",
  "source",
  "status",
  "start",
  "end",
  "reportYears",
  "audiences",
  "campuses",
  "beneficiaries",
  "partners",
  "links",
  "formationIds",
  "platformIds",
  "publication",
];

const name = (map: Record<string, string>, id: string) => map[id] ?? "(élément supprimé)";
const date = (iso: string | null) => {
  const p = iso ? parsePartialDate(iso) : null;
  return p ? formatPartialDate(p.date, p.precision) : "";
};
const list = (items: string[]) => items.join("\n");

/** A field's value as a person reads it ("" when empty). */
export function describeField(field: ActionField, a: Comparable, names: NameLookup): string {
  switch (field) {
    case "title":
    case "slug":
    case "summary":
    case "body":
    case "source":
      return a[field];
    case "status":
      return ACTION_STATUS_LABELS[a.status];
    case "publication":
      return a.publication ? PUBLICATION_LABELS[a.publication] : "";
    case "start":
    case "end":
      return date(a[field]);
    case "reportYears":
      return a.reportYears.join(", ");
    case "audiences":
      return a.audiences.map((x) => AUDIENCE_LABELS[x as keyof typeof AUDIENCE_LABELS] ?? x).join(", ");
    case "campuses":
      return list(
        a.campuses.map((c) => {
          const axis = c.axisId ? ` — axe « ${name(names.axes, c.axisId)} »` : "";
          return `${name(names.campuses, c.campusId)}${c.isLead ? " (chef de file)" : ""}${axis}`;
        }),
      );
    case "beneficiaries":
      return list(
        a.beneficiaries.map((b) => {
          const audience = b.audience
            ? ` (${AUDIENCE_LABELS[b.audience as keyof typeof AUDIENCE_LABELS] ?? b.audience})`
            : "";
          return `${formatBeneficiary(b)}${audience}`;
        }),
      );
    case "partners":
      return list([
        ...a.partners.map(
          (p) => `${name(names.organisations, p.organisationId)}${p.role ? ` — ${p.role}` : ""}`,
        ),
        ...(a.proposedPartners ?? []).map((n) => `${n} (nouvelle organisation proposée)`),
      ]);
    case "links":
      return list(a.links.map((l) => `${l.label} — ${l.url}`));
    case "formationIds":
      return list(a.formationIds.map((id) => name(names.formations, id)));
    case "platformIds":
      return list(a.platformIds.map((id) => name(names.platforms, id)));
  }
}

export type FieldChange = { field: ActionField; label: string; before: string; after: string };

/** The fields whose readable value differs, in the form's order. */
export function diffActions(
  before: Comparable | null,
  after: Comparable,
  names: NameLookup,
  fields: ActionField[] = ACTION_FIELDS,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (field === "publication" && (after.publication === undefined || before?.publication === undefined))
      continue;
    const b = before ? describeField(field, before, names) : "";
    const a = describeField(field, after, names);
    if (a !== b) changes.push({ field, label: ACTION_FIELD_LABELS[field], before: b, after: a });
  }
  return changes;
}

/** Did anything of the content differ (ignoring publication)? Compares stored values, not words. */
export function sameContent(a: ActionContent, b: ActionContent): boolean {
  const strip = ({ proposedPartners: _p, ...rest }: ActionContent & { publication?: unknown }) => {
    const { publication: _q, ...content } = rest;
    return content;
  };
  return stableStringify(strip(a)) === stableStringify(strip(b));
}

/** JSON with object keys sorted, so equal values give equal strings. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export type LineDiff = { kind: "same" | "added" | "removed"; text: string }[];

/** Line-by-line difference of two texts (longest common subsequence). */
export function diffLines(before: string, after: string): LineDiff {
  const a = before.split("\n");
  const b = after.split("\n");
  const n = a.length;
  const m = b.length;
  if (n * m > 400_000)
    return [
      ...a.map((text) => ({ kind: "removed" as const, text })),
      ...b.map((text) => ({ kind: "added" as const, text })),
    ];
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: LineDiff = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: "same", text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ kind: "removed", text: a[i++] });
    else out.push({ kind: "added", text: b[j++] });
  }
  while (i < n) out.push({ kind: "removed", text: a[i++] });
  while (j < m) out.push({ kind: "added", text: b[j++] });
  return out;
}
