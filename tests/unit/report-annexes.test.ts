/**
 * A campus's structured annexes (lib/report/annexes.ts): what content may
 * hold, and how an edition lays them out as numbered annexes that the
 * narratives name.
 */
import { describe, expect, it } from "vitest";
import { annexBlocks, campusAnnexSchema, parseCampusAnnexes, type CampusAnnex } from "@/lib/report/annexes";
import { computeIndicators } from "@/lib/report/indicators";
import { layoutReport, type ReportNode } from "@/lib/report/layout";
import type { ReportCampus, ReportDocument } from "@/lib/report/types";

const survey: CampusAnnex = {
  kind: "survey",
  key: "ti-questionnaire",
  title: "Bilan du questionnaire",
  intro: "Une action de sensibilisation.",
  questions: ["Etes-vous satisfait ?", "Referiez-vous l’action ?"],
  answers: ["OUI", "NON"],
  results: [[70, 30]],
  note: "Une seule répartition est chiffrée.",
};

const objectives: CampusAnnex = {
  kind: "objectives",
  key: "ti-objectifs",
  title: "Objectifs stratégiques et opérationnels",
  intro: "",
  strategic: [
    {
      title: "Lancement et pilotage du Campus",
      operational: [
        {
          title: "Mettre en place la gouvernance du Campus",
          achievements: ["Mise en place du Comité de pilotage"],
          indicators: ["Nombre de comités de pilotage", "Mission des instances"],
        },
      ],
    },
  ],
};

function documentWith(annexes: CampusAnnex[], strategy: string): ReportDocument {
  const indicators = computeIndicators({ actions: [], organisations: [], formations: [] });
  const campus: ReportCampus = {
    slug: "ti",
    acronym: "TI",
    name: "Territoire Intelligent",
    fullName: "Campus des Métiers et des Qualifications Territoire Intelligent",
    shortName: "CMQ Territoire Intelligent",
    color: "#000000",
    email: "ti@cmq-bfc.org",
    siteUrl: null,
    porteur: null,
    narrative: {
      summary: "Résumé TI.",
      strategy,
      governance: "",
      mainActions: "",
      results: "",
      lessons: "",
      outlook: "",
    },
    council: [],
    annexes,
    indicators,
  };
  return {
    schemaVersion: 1,
    year: 2019,
    scope: { kind: "region" },
    generatedAt: "2019-12-01T10:00:00.000Z",
    edition: { status: "DRAFT", validatedAt: null, validatedBy: null },
    region: { summary: "", presentation: "", positioning: "", actors: "", outlook: "" },
    campuses: [campus],
    actions: [],
    governance: { instances: [], meetings: [] },
    fundings: [],
    institutions: [],
    branches: [],
    platforms: [],
    criteria: [],
    newCampuses: [],
    indicators,
  };
}

const text = (nodes: ReportNode[]) =>
  nodes
    .map((n) =>
      n.kind === "heading"
        ? n.text
        : n.kind === "markdown"
          ? n.source
          : n.kind === "paragraph"
            ? n.text
            : n.kind === "table"
              ? n.rows.map((r) => r.join(" | ")).join("\n")
              : "",
    )
    .join("\n");

describe("campus annexes", () => {
  it("hold one percentage per answer, and a stored value that is not an annex list reads as none", () => {
    expect(campusAnnexSchema.safeParse(survey).success).toBe(true);
    const short = campusAnnexSchema.safeParse({ ...survey, results: [[70]] });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.path).toEqual(["results"]);
    expect(campusAnnexSchema.safeParse({ ...objectives, strategic: [] }).success).toBe(false);
    expect(parseCampusAnnexes(null)).toEqual([]);
    expect(parseCampusAnnexes([{ kind: "carte" }])).toEqual([]);
    expect(parseCampusAnnexes([survey])).toEqual([survey]);
  });

  it("give a survey's questions, its figures as a table and its note; an objectives tree its levels", () => {
    const blocks = annexBlocks(survey);
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "markdown", "table", "paragraph"]);
    expect(blocks[2]).toMatchObject({
      header: ["Graphique du rapport", "OUI", "NON"],
      rows: [["1", "70\u00a0%", "30\u00a0%"]],
    });
    const tree = annexBlocks(objectives);
    expect(tree[0]).toEqual({
      kind: "subheading",
      title: "Objectif stratégique 1 — Lancement et pilotage du Campus",
    });
    expect(tree[1]).toMatchObject({ kind: "markdown" });
    expect((tree[1] as { source: string }).source).toContain(
      "  - Indicateurs de réalisation : Nombre de comités de pilotage ; Mission des instances",
    );
  });

  it("are annexes of the edition, lettered in order, and a narrative's reference reads their letter", () => {
    const nodes = layoutReport(
      documentWith(
        [objectives, survey],
        "Le [plan d’actions](ref:annex:ti-objectifs) et [le bilan](ref:annex:ti-questionnaire).",
      ),
    );
    const annexes = nodes.flatMap((n) =>
      n.kind === "heading" && /^Annexe [A-Z] —/u.test(n.text) ? [n.text] : [],
    );
    expect(annexes).toEqual([
      "Annexe A — Objectifs stratégiques et opérationnels (CMQ TI)",
      "Annexe B — Bilan du questionnaire (CMQ TI)",
    ]);
    const all = text(nodes);
    expect(all).toContain("Le plan d’actions (annexe A) et le bilan (annexe B).");
    expect(all).toContain("1 | 70\u00a0% | 30\u00a0%");
    // Without annexes (a snapshot frozen before they existed), the reference is left as words.
    const bare = documentWith([], "Le [plan d’actions](ref:annex:ti-objectifs).");
    delete bare.campuses[0].annexes;
    expect(text(layoutReport(bare))).toContain("Le plan d’actions.");
  });
});
