/**
 * Public text speaks to a visitor (issue 14): every text column of every
 * table the public pages read, and the frozen snapshots of published report
 * editions, is free of editors' notes — no section sign, no annex or chapter
 * cross-reference, no sentence about "le rapport" or "ce document". Those
 * belong in an action's `source`, which is the only column left out. A
 * report reference written as a link ([texte](ref:…)) reads as its words.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { editorNotesIn } from "@/lib/content/schema";

/** Tables whose rows (published ones) the public pages and the open data show. */
const PUBLIC_TABLES = [
  "Campus",
  "CampusAxis",
  "RoleAssignment",
  "Organisation",
  "CampusOrganisation",
  "Funding",
  "Action",
  "ActionBeneficiary",
  "ActionPartner",
  "ActionLink",
  "Formation",
  "Platform",
  "GovernanceInstance",
  "Meeting",
  "CampusReport",
  "ReportEdition",
  "LabellingCriterion",
  "CampusProject",
];
/** Columns that are not prose: identifiers, addresses, codes — and the editors' own note. */
const NOT_PROSE =
  /^(id|.*Id|slug|seedKey|key|source|url|siteUrl|website|email|color|rncp|cfd|departement|commune|city)$/;

const asVisitorReads = (text: string) => text.replace(/\[([^\]\n]+)\]\(ref:[^)\s]+\)/g, "$1");

function stringsOf(value: unknown, path: string, out: { path: string; text: string }[]) {
  if (typeof value === "string") out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) if (k !== "source") stringsOf(v, `${path}.${k}`, out);
}

describe("public texts", () => {
  it("carry no editors' note: no §, no annex or chapter reference, nothing about « le rapport »", async () => {
    const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'ARRAY')
        AND table_name = ANY(${PUBLIC_TABLES})`;
    const found: string[] = [];
    let checked = 0;
    for (const table of PUBLIC_TABLES) {
      const prose = columns
        .filter((c) => c.table_name === table && !NOT_PROSE.test(c.column_name))
        .map((c) => c.column_name);
      expect(prose.length, `${table} has text columns`).toBeGreaterThan(0);
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT ${prose.map((c) => `"${c}"`).join(", ")} FROM "${table}"`,
      );
      for (const [i, row] of rows.entries())
        for (const [column, value] of Object.entries(row)) {
          for (const text of [value].flat()) {
            if (typeof text !== "string") continue;
            checked += 1;
            const notes = editorNotesIn(asVisitorReads(text));
            if (notes.length)
              found.push(`${table}[${i}].${column}: ${notes.join(", ")} — ${text.slice(0, 120)}`);
          }
        }
    }
    // Published editions are read from their frozen snapshot.
    for (const edition of await db.reportEdition.findMany({ where: { status: "VALIDATED" } })) {
      const strings: { path: string; text: string }[] = [];
      stringsOf(edition.snapshot, `edition ${edition.year}`, strings);
      for (const s of strings) {
        checked += 1;
        const notes = editorNotesIn(asVisitorReads(s.text));
        if (notes.length) found.push(`${s.path}: ${notes.join(", ")} — ${s.text.slice(0, 120)}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it("the check catches each kind of editors' note", () => {
    expect(editorNotesIn("Projet issu du club (§ 3.6.3).")).not.toEqual([]);
    expect(editorNotesIn("La carte est présentée en annexe E.")).not.toEqual([]);
    expect(editorNotesIn("L’annexe I présente une synthèse des actions.")).not.toEqual([]);
    expect(editorNotesIn("Le chapitre 1 présente le positionnement.")).not.toEqual([]);
    expect(editorNotesIn("Le rapport ne donne pas d’autre précision sur ce salon.")).not.toEqual([]);
    expect(editorNotesIn("Ce document présente le rapport d’activité 2018.")).not.toEqual([]);
    expect(editorNotesIn("Données issues du rapport d’activité 2018.")).toEqual([]);
  });
});
