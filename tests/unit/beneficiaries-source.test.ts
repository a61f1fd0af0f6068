import { describe, expect, it } from "vitest";
import { beneficiaryTotals, formatBeneficiary } from "@/lib/actions/beneficiaries";
import { publicSource } from "@/lib/text/source";

describe("beneficiary figures", () => {
  it("say the unit in French, singular for 0 and 1, or the action's own words", () => {
    expect(formatBeneficiary({ count: 8, unit: "ELEVES" })).toBe("8\u00A0élèves");
    expect(formatBeneficiary({ count: 1, unit: "ETABLISSEMENTS" })).toBe("1\u00A0établissement");
    expect(formatBeneficiary({ count: 3, unit: "ETABLISSEMENTS", detail: "collèges" })).toBe(
      "3\u00A0collèges",
    );
    // An edition frozen before units existed keeps its words.
    expect(formatBeneficiary({ count: 60, unit: "enseignants de collège" })).toBe(
      "60\u00A0enseignants de collège",
    );
  });

  it("add up per unit and never across units", () => {
    const totals = beneficiaryTotals([
      { actionKey: "a", count: 221, unit: "ELEVES" },
      { actionKey: "a", count: 8, unit: "ETABLISSEMENTS" },
      { actionKey: "b", count: 8, unit: "ELEVES" },
      { actionKey: "c", count: 26, unit: "ENSEIGNANTS" },
    ]);
    expect(totals).toEqual([
      { unit: "ELEVES", label: "élèves", count: 229, actions: 2 },
      { unit: "ENSEIGNANTS", label: "enseignants", count: 26, actions: 1 },
      { unit: "ETABLISSEMENTS", label: "établissements", count: 8, actions: 1 },
    ]);
  });
});

describe("the public line of an editors' source note", () => {
  it("names the document without section, annex or chapter numbers", () => {
    expect(
      publicSource("Rapport d’activité 2018 des CMQ de Bourgogne-Franche-Comté, § 3.6.3 et annexe I"),
    ).toBe("Rapport d’activité 2018 des CMQ de Bourgogne-Franche-Comté");
    expect(
      publicSource(
        "Rapport d’activité 2018, § 3.6.3 et annexe I. Statut : l’annexe I classe cette action parmi…",
      ),
    ).toBe("Rapport d’activité 2018");
    expect(publicSource("Compte rendu du comité de pilotage (annexe B)")).toBe(
      "Compte rendu du comité de pilotage",
    );
    expect(publicSource("§ 2.1")).toBeNull();
    expect(publicSource("")).toBeNull();
  });
});
