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
  it("keeps the 2018 report's corrections of issue 16 (wording, states, hedges)", () => {
    const c = loadContent();
    const action = (key: string) => c.actions.find((a) => a.key === key)!;
    // The dismantling-centre visit "a été reprogrammée" (l.676–678): not done.
    const visit = action("amf-visite-centre-deconstruction-vehicules");
    expect([visit.status, visit.end ?? null]).toEqual(["PROJETEE", null]);
    // The DU for automotive-service managers: one state, a project in both files (l.673–676).
    expect(action("amf-du-managers-services-automobile").status).toBe("PROJETEE");
    expect(c.formations.find((f) => f.key === "du-managers-services-automobile")!.state).toBe("EN_PROJET");
    // « 15 K euros par campus a priori pour leurs trois premières années » (l.271–272), never « par an ».
    const regional = c.fundings.filter((f) => f.funder === "region-bfc" && f.amountEuros === 15000);
    expect(regional.map((f) => f.campus).sort()).toEqual(["agt", "amf", "itip", "mma", "msi", "ti"]);
    for (const f of regional) {
      expect(f.purpose).toContain("15 K euros par campus a priori pour leurs trois premières années");
      expect(f.amountBasis).not.toBe("PER_YEAR");
    }
    const regionNotes = c.campuses.map(
      (campus) => campus.organisations.find((o) => o.organisation === "region-bfc")?.note ?? "",
    );
    expect(
      regionNotes.every((n) =>
        n.includes("15 K euros par campus a priori pour leurs trois premières années"),
      ),
    ).toBe(true);
    // ITIP « a accompagné » Technology Time (l.825–829); the CMQ MMA « a été sollicité » for the jury (l.981–982).
    expect(action("itip-evenements-peripheriques-rencontres").summary).toContain("a accompagné");
    const jury = action("mma-concours-prix-avenir-metiers-art");
    expect(jury.title).toContain("sollicité");
    expect(jury.summary).toContain("a été sollicité pour participer au jury régional");
    // Spellings: O3PI, Sainte-Hélène, Paul-Émile; no « 03PI », « Saint-Hélène », « Paule-Emile ».
    const all = JSON.stringify(c);
    for (const wrong of ["03PI", "Saint-Hélène", "Paule-Emile", "Paul-Emile", "Paul Emile"]) {
      expect(all.includes(wrong), wrong).toBe(false);
    }
    // Hermès's location « peut être amenée à » depend on the offer (l.947–951).
    expect(all).not.toMatch(/entreprise peut choisir de s'installer/u);
    // Only the sites the report gives (amf, ti).
    expect(
      c.campuses
        .filter((campus) => campus.siteUrl)
        .map((campus) => campus.slug)
        .sort(),
    ).toEqual(["amf", "ti"]);
    // Olivier Laligant, director of the IUT du Creusot, is ITIP's Directeur de Campus (l.266–267, l.1918–1919).
    const itip = c.campuses.find((campus) => campus.slug === "itip")!;
    expect(itip.roles.find((r) => r.role === "DIRECTEUR_CAMPUS")).toMatchObject({
      personName: "Olivier Laligant",
      organisation: "iut-le-creusot",
    });
  });
});
