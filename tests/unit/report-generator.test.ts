/**
 * The pure parts of the report generator: French wording, Markdown split at
 * headings, chapter layout and numbering, indicators, accessible charts.
 */
import { describe, expect, it } from "vitest";
import { chartDescription, indicatorCharts, renderBarChartSvg } from "@/lib/report/charts";
import { formatAmount, formatStoredPeriod, frenchSpacing, joinFrench } from "@/lib/report/format";
import { formatEuros } from "@/lib/text/format";
import { computeIndicators } from "@/lib/report/indicators";
import { layoutReport, resolveReferences, type ReportNode } from "@/lib/report/layout";
import { markdownBlocks, splitAtHeadings } from "@/lib/report/markdown";
import { renderMarkdown } from "@/lib/report/render-markdown";
import { typographyFaults } from "@/lib/text/typography";
import type { ReportAction, ReportCampus, ReportDocument } from "@/lib/report/types";

function action(id: string, status: ReportAction["status"], extra: Partial<ReportAction> = {}): ReportAction {
  return {
    id,
    slug: id,
    title: `Action ${id}`,
    summary: "Résumé.",
    status,
    statusLabel: status,
    start: null,
    end: null,
    period: null,
    campuses: [{ slug: "ti", acronym: "TI", isLead: true }],
    audiences: [],
    partners: [],
    beneficiaries: [],
    platforms: [],
    formations: [],
    ...extra,
  };
}

function documentWith(
  actions: ReportAction[],
  region: Partial<NonNullable<ReportDocument["region"]>> = {},
): ReportDocument {
  const indicators = computeIndicators({ actions, organisations: [], formations: [] });
  const campus: ReportCampus = {
    slug: "ti",
    acronym: "TI",
    name: "Territoire Intelligent",
    fullName: "Campus des Métiers et des Qualifications Territoire Intelligent",
    shortName: "CMQ Territoire Intelligent",
    color: "#000000",
    email: "ti@cmq-bfc.org",
    siteUrl: "https://ti.cmq-bfc.org",
    porteur: null,
    narrative: {
      summary: "Résumé TI.",
      strategy: "La stratégie TI.",
      governance: "",
      mainActions: "",
      results: "",
      lessons: "",
      outlook: "",
    },
    council: [],
    indicators,
  };
  return {
    schemaVersion: 1,
    year: 2019,
    scope: { kind: "region" },
    generatedAt: "2019-12-01T10:00:00.000Z",
    edition: { status: "DRAFT", validatedAt: null, validatedBy: null },
    region: { summary: "", presentation: "", positioning: "", actors: "", outlook: "", ...region },
    campuses: [campus],
    actions,
    governance: { instances: [], meetings: [] },
    fundings: [
      {
        funder: "Région",
        funderKind: "COLLECTIVITE",
        beneficiary: "CMQ TI",
        campus: "TI",
        kindLabel: "Subvention",
        amountEuros: 15000,
        amountLabel: "15 000 €",
        period: "2019",
        purpose: "",
      },
    ],
    institutions: [],
    branches: [],
    platforms: [],
    criteria: [{ number: 1, title: "Diagnostic", body: "Texte." }],
    newCampuses: [],
    indicators,
  };
}

const headings = (nodes: ReportNode[]) =>
  nodes.flatMap((n) => (n.kind === "heading" ? [`${n.level} ${n.text}`] : []));

describe("French wording", () => {
  it("formats amounts with narrow no-break spaces", () => {
    expect(formatEuros(15000)).toBe("15\u202F000\u00A0€");
    expect(formatAmount(15000, "PER_YEAR", true)).toBe("15\u202F000\u00A0€ par an (a priori)");
    expect(formatAmount(null, null, false)).toBe("montant non précisé");
  });

  it("applies the portal's French typography, never in URLs", () => {
    expect(frenchSpacing("Objectifs : « Dijon » ; l'an https://x.org")).toBe(
      "Objectifs\u00A0: «\u202FDijon\u202F»\u202F; l’an https://x.org",
    );
  });

  it("joins lists the French way", () => {
    expect(joinFrench(["A", "B", "C"])).toBe("A, B et C");
  });
});

describe("Markdown", () => {
  it("splits a written part at its headings", () => {
    const parts = splitAtHeadings("Intro.\n\n### Objectifs\n\n- un\n- deux\n\n#### Détail\n\nTexte.");
    expect(parts).toEqual([
      { type: "body", source: "Intro." },
      { type: "heading", depth: 3, text: "Objectifs" },
      { type: "body", source: "- un\n- deux" },
      { type: "heading", depth: 4, text: "Détail" },
      { type: "body", source: "Texte." },
    ]);
  });

  it("keeps raw HTML as text and reads inline styles", () => {
    const [p] = markdownBlocks("**Gras** et <script>x</script> [lien](https://cmq-bfc.org)");
    expect(p).toEqual({
      type: "paragraph",
      inlines: [
        { text: "Gras", bold: true },
        { text: " et <script>x</script> " },
        { text: "lien", link: "https://cmq-bfc.org" },
      ],
    });
  });
});

describe("layout", () => {
  it("numbers the chapters and injects the data under the matching written section", () => {
    const doc = documentWith([action("a", "EN_COURS"), action("b", "TERMINEE")], {
      actors: "Intro.\n\n### Les financeurs\n\nTexte.\n\n### Autres\n\nSuite.",
      outlook: "### Positionnement vis à vis du nouveau cahier des charges\n\nTexte.",
    });
    const nodes = layoutReport(doc);
    const list = headings(nodes);
    expect(list).toEqual(
      expect.arrayContaining([
        "1 Chapitre 1 — Positionnement global",
        "2 1.1 Outils de communication",
        "1 Chapitre 2 — Les acteurs",
        "2 2.1 Les financeurs",
        "2 2.2 Autres",
        "2 3.1 CMQ Territoire Intelligent",
        "3 3.1.1 La stratégie",
        // The same eight sections in every campus chapter, written or not.
        "3 3.1.2 La gouvernance",
        "3 3.1.4 Résultats et produits observables",
        "3 3.1.7 Les actions de l’année 2019",
        "4 Actions en cours (1)",
        "4 Actions terminées (1)",
        // A criterion sits one level below its section (4.1), never two.
        "3 1. Diagnostic",
      ]),
    );
    // The fundings table sits inside 2.1, before 2.2.
    const financeurs = nodes.findIndex((n) => n.kind === "heading" && n.text === "2.1 Les financeurs");
    const autres = nodes.findIndex((n) => n.kind === "heading" && n.text === "2.2 Autres");
    const fundingTable = nodes.findIndex(
      (n) => n.kind === "table" && n.caption.startsWith("Les financements"),
    );
    expect(fundingTable).toBeGreaterThan(financeurs);
    expect(fundingTable).toBeLessThan(autres);
    expect(nodes[0].kind).toBe("title");
    expect(nodes[1].kind).toBe("toc");
  });

  it("gives every heading a unique id", () => {
    const ids = layoutReport(documentWith([action("a", "EN_COURS")])).flatMap((n) =>
      n.kind === "heading" ? [n.id] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("indicators and charts", () => {
  it("counts actions by status and publics, and adds beneficiaries up by unit", () => {
    const ind = computeIndicators({
      actions: [
        action("a", "EN_COURS", {
          audiences: [{ code: "LYCEENS", label: "Lycéens" }],
          beneficiaries: [{ count: 8, unit: "ELEVES", audience: "LYCEENS" }],
        }),
        action("b", "EN_COURS", {
          beneficiaries: [
            { count: 12, unit: "ELEVES", detail: "collégiens", audience: "COLLEGIENS" },
            { count: 3, unit: "ETABLISSEMENTS", detail: "collèges", audience: "COLLEGIENS" },
          ],
        }),
        action("c", "PROJETEE"),
      ],
      organisations: [
        { id: "o1", kind: "ENTREPRISE" },
        { id: "o1", kind: "ENTREPRISE" },
        { id: "o2", kind: "COLLECTIVITE" },
      ],
      formations: [
        { id: "f1", level: 5 },
        { id: "f2", level: null },
      ],
    });
    expect(ind.actionsByStatus.map((r) => [r.key, r.count])).toEqual([
      ["EN_COURS", 2],
      ["PROJETEE", 1],
      ["TERMINEE", 0],
    ]);
    expect(ind.audiences.map((r) => [r.key, r.count])).toEqual([
      ["COLLEGIENS", 1],
      ["LYCEENS", 1],
    ]);
    // Per unit, never summed across units: 20 pupils and 3 establishments, not "23 beneficiaries".
    expect(ind.beneficiaries).toEqual([
      { unit: "ELEVES", label: "élèves", count: 20, actions: 2 },
      { unit: "ETABLISSEMENTS", label: "établissements", count: 3, actions: 1 },
    ]);
    expect(ind.organisationsByKind.map((r) => [r.key, r.count])).toEqual([
      ["COLLECTIVITE", 1],
      ["ENTREPRISE", 1],
    ]);
    expect(ind.formationsByLevel.map((r) => r.label)).toEqual(["Niveau 5 (bac + 2)", "Niveau non renseigné"]);
  });

  it("draws an accessible SVG bar chart with a title, a description and escaped text", () => {
    const [chart] = indicatorCharts(documentWith([action("a", "EN_COURS")]).indicators, "t");
    const svg = renderBarChartSvg({ ...chart, rows: [...chart.rows, { label: "<b>&", value: 3 }] });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t-statuts-titre t-statuts-desc"/);
    expect(svg).toContain('<title id="t-statuts-titre">Actions par statut</title>');
    expect(svg).toContain(
      '<desc id="t-statuts-desc">Actions par statut : En cours, 1, Projetée, 0, Terminée, 0 et &lt;b&gt;&amp;, 3.</desc>',
    );
    expect(svg).not.toContain("<b>");
    expect(chartDescription(chart)).toBe("Actions par statut : En cours, 1, Projetée, 0 et Terminée, 0.");
  });
});

describe("typography of the generated wording", () => {
  // The data below holds no straight apostrophe, so any in the export comes
  // from the report's own headings, labels and sentences.
  const dated = action("a", "EN_COURS", {
    period: formatStoredPeriod(null, "2019"),
    audiences: [{ code: "LYCEENS", label: "Lycéens" }],
    beneficiaries: [{ count: 12, unit: "ELEVES", audience: "LYCEENS" }],
  });

  function fullDocument(): ReportDocument {
    const doc = documentWith(
      [dated, action("b", "PROJETEE", { period: formatStoredPeriod("2019-04", "2019-06") })],
      {
        summary: "Résumé régional.",
        presentation: "Présentation.",
        positioning: "### Gouvernance\n\nTexte.",
      },
    );
    const indicators = computeIndicators({
      actions: doc.actions,
      organisations: [{ id: "o1", kind: "ENTREPRISE" }],
      formations: [{ id: "f1", level: 5 }],
    });
    return {
      ...doc,
      campuses: [
        { ...doc.campuses[0], narrative: { ...doc.campuses[0].narrative, strategy: "" }, indicators },
      ],
      platforms: [
        {
          name: "Plateforme",
          acronym: "PFT",
          domain: "Usinage",
          host: "Lycée Diderot",
          commune: "Dijon",
          isLabelled: true,
          campuses: ["TI"],
        },
      ],
      indicators,
    };
  }

  it("writes the report periods with the typographic apostrophe", () => {
    expect(formatStoredPeriod(null, "2019")).toBe("jusqu’en 2019");
    expect(formatStoredPeriod("2019-04", null)).toBe("en avril 2019");
    expect(formatStoredPeriod("2019-04", "2019-06")).toBe("d’avril à juin 2019");
    expect(formatStoredPeriod(null, null)).toBeNull();
  });

  it("uses the typographic apostrophe in every heading, label and sentence of a region report", () => {
    const md = renderMarkdown(fullDocument());
    for (const fixed of [
      "# Rapport d’activité 2019",
      "Présentation du rapport d’activité",
      "Les actions de l’année 2019",
      "ses actions de l’année par statut",
      "n’est pas renseignée",
      "l’ensemble des campus",
      "Publics touchés (nombre d’actions par public)",
      "Type d’organisation",
      "Établissement d’accueil",
      "jusqu’en 2019",
      "d’avril à juin 2019",
    ]) {
      expect(md).toContain(fixed);
    }
    expect(md).not.toContain("'");
  });

  it("typesets the Markdown like the PDF and DOCX: no space missing before : ; ! ? nor inside « »", () => {
    for (const doc of [fullDocument(), documentWith([])]) {
      const md = renderMarkdown(doc);
      expect(typographyFaults(md)).toEqual([]);
      expect(md).toContain("\u00A0:");
    }
  });

  it("uses the typographic apostrophe in the sentences of an empty report", () => {
    const md = renderMarkdown(documentWith([]));
    expect(md).toContain("Aucune action publiée n’est rattachée à l’année 2019.");
    expect(md).toContain("Aucun indicateur n’est disponible pour le CMQ TI.");
    expect(md).not.toContain("'");
  });

  it("uses the typographic apostrophe in a campus report", () => {
    const doc: ReportDocument = { ...fullDocument(), scope: { kind: "campus", slug: "ti" }, region: null };
    const md = renderMarkdown(doc);
    expect(md).toContain("# Bilan 2019");
    expect(md).toContain("Les actions de l’année 2019");
    expect(md).not.toContain("'");
  });
});

describe("references in narratives", () => {
  it("are numbered from this document's own headings, or left as words when it has no target", () => {
    const references = new Map([
      ["annex:council-agt", { text: "annexe H", id: "annexe-h-conseil" }],
      ["chapter:acteurs", { text: "chapitre 2", id: "chapitre-2-les-acteurs" }],
    ]);
    expect(
      resolveReferences(
        "Un [Conseil de Perfectionnement](ref:annex:council-agt), [les acteurs](ref:chapter:acteurs) et [la carte](ref:annex:map-mma).",
        references,
      ),
    ).toBe(
      "Un [Conseil de Perfectionnement (annexe H)](#annexe-h-conseil), [les acteurs (chapitre 2)](#chapitre-2-les-acteurs) et la carte.",
    );
  });
});
