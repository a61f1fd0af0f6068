/**
 * The formation catalogue's introduction states what it holds, from the data:
 * counts per diploma, the formations without a named diploma last, where they
 * are taught, and a sentence for an empty catalogue.
 */
import { describe, expect, it } from "vitest";
import { catalogueIntro } from "@/components/formations/catalogue-intro";
import type { FormationFilterOptions } from "@/lib/formations/queries";

function options(overrides: Partial<FormationFilterOptions>): FormationFilterOptions {
  return {
    total: 0,
    diplomaCounts: [],
    diplomas: [],
    levels: [],
    modalities: [],
    states: [],
    departements: [],
    communes: [],
    establishments: [],
    ...overrides,
  };
}

describe("catalogue introduction", () => {
  it("counts each diploma, most frequent first, and names the other formations last", () => {
    const intro = catalogueIntro(
      options({
        total: 10,
        diplomaCounts: [
          { diploma: "BTS", count: 4 },
          { diploma: "AUTRE", count: 3 },
          { diploma: "BAC_PRO", count: 2 },
          { diploma: "CAP", count: 1 },
        ],
        establishments: [
          { value: "a", label: "Lycée A" },
          { value: "b", label: "Lycée B" },
        ],
        communes: ["Dijon"],
      }),
      "des campus",
    );
    expect(intro).toBe(
      "10\u00A0formations des campus\u00A0: BTS (4), bac pro (2), CAP (1), 3\u00A0autres formations, " +
        "dans 2\u00A0établissements et 1\u00A0commune. Filtrez par diplôme, niveau, modalité ou lieu.",
    );
  });

  it("says so when nothing is published", () => {
    expect(catalogueIntro(options({}), "du campus (numérique)")).toBe(
      "Aucune formation du campus (numérique) n’est encore publiée.",
    );
  });
});
