import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, loadContent } from "@/lib/content/load";

function contentDir(files: Record<string, string>): string {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), "cmq-content-")), "content");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function problems(root: string): string[] {
  try {
    loadContent(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe("content validation", () => {
  it("accepts the repository's content", () => {
    const c = loadContent();
    expect(c.campuses).toHaveLength(6);
  });

  it("names the file and the field of a malformed value", () => {
    const root = contentDir({
      "organisations/branches.yaml":
        "kind: BRANCHE_PROFESSIONNELLE\norganisations:\n  - key: uimm\n    name: UIMM\n",
      "actions/ti.yaml":
        "campus: ti\nactions:\n  - key: ti-x\n    title: Une action\n    campuses: [ti]\n    status: FINIE\n    reportYears: [2018]\n    summary: Un résumé suffisant.\n",
    });
    const p = problems(root);
    expect(p.some((line) => line.startsWith("content/actions/ti.yaml › actions.0.status:"))).toBe(true);
  });

  it("reports unreadable YAML with its file name", () => {
    const root = contentDir({ "organisations/branches.yaml": "kind: [unclosed\n" });
    expect(problems(root)[0]).toMatch(/^content\/organisations\/branches\.yaml: YAML illisible/);
  });

  it("reports references to unknown keys", () => {
    const root = contentDir({
      "organisations/branches.yaml":
        "kind: BRANCHE_PROFESSIONNELLE\norganisations:\n  - key: uimm\n    name: UIMM\n",
      "formations.yaml":
        "formations:\n  - key: bts-x\n    title: BTS X\n    diploma: BTS\n    establishment: lycee-inconnu\n    campuses: [msi]\n    state: OUVERTE\n",
    });
    const p = problems(root);
    expect(p).toContain(
      "content/formations.yaml › bts-x › establishment: organisation inconnu(e) « lycee-inconnu »",
    );
    expect(p).toContain("content/formations.yaml › bts-x › campuses: campus inconnu(e) « msi »");
  });

  it("rejects an end date before the start date and unknown fields", () => {
    const root = contentDir({
      "actions/ti.yaml":
        "campus: ti\nactions:\n  - key: ti-x\n    title: Une action\n    campuses: [ti]\n    status: TERMINEE\n    start: 2018-06\n    end: 2018-01\n    reportYears: [2018]\n    summary: Un résumé suffisant.\n    colour: red\n",
    });
    const p = problems(root);
    expect(p.some((l) => l.includes("actions.0") && l.includes("colour"))).toBe(true);
  });

  it("keeps editors' notes out of an action's public texts: they go in its source", () => {
    const root = contentDir({
      "actions/ti.yaml":
        'campus: ti\nsource: "Rapport d’activité 2018"\nactions:\n  - key: ti-x\n    title: Une action\n    campuses: [ti]\n    status: EN_COURS\n    reportYears: [2018]\n    summary: "Un salon (§ 3.6.3)."\n    body: "Présenté en annexe E. Le rapport ne donne pas d’autre précision."\n',
    });
    const p = problems(root);
    expect(p.some((l) => l.includes("actions.0.summary") && l.includes("§"))).toBe(true);
    expect(p.some((l) => l.includes("actions.0.body") && l.includes("annexe"))).toBe(true);
    expect(p.some((l) => l.includes("actions.0.body") && l.includes("le rapport"))).toBe(true);
  });

  it("gives every beneficiary figure one unit, and surveyed organisations are not beneficiaries", () => {
    const c = loadContent();
    const units = new Set(c.actions.flatMap((a) => a.beneficiaries.map((b) => b.unit)));
    expect(
      [...units].every((u) =>
        ["ELEVES", "APPRENTIS", "ENSEIGNANTS", "ETABLISSEMENTS", "ENTREPRISES", "PERSONNES"].includes(u),
      ),
    ).toBe(true);
    // AGT's 60 establishments surveyed by Créativ' (report l.551–553) are not 60 beneficiaries.
    const tourism = c.actions.find((a) => a.key === "agt-tronc-commun-competences-relation-client-tourisme")!;
    expect(tourism.beneficiaries).toEqual([]);
    const espe = c.actions.find((a) => a.key === "msi-sensibilisation-enseignants-stagiaires-espe")!;
    expect(espe.beneficiaries.map((b) => [b.count, b.unit])).toEqual([
      [26, "ENSEIGNANTS"],
      [2, "ENSEIGNANTS"],
    ]);
    expect(c.actions.every((a) => a.source.length > 0)).toBe(true);
  });
});
