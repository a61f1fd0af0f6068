import { describe, expect, it } from "vitest";
import { compareFrench, frenchSortKey, sortFrench } from "@/lib/text/collate";
import { formatCount, plural, pluralForm } from "@/lib/text/plural";
import { frenchTypography, NARROW_NBSP as N, NBSP } from "@/lib/text/typography";

describe("French typography", () => {
  it("keeps guillemets with their content and punctuation with its word", () => {
    expect(frenchTypography("le salon « Get Smart » : venez !")).toBe(
      `le salon «${N}Get Smart${N}»${NBSP}: venez${N}!`,
    );
    expect(frenchTypography("Pourquoi ? Parce que ; voilà.")).toBe(`Pourquoi${N}? Parce que${N}; voilà.`);
    expect(frenchTypography("«Industrie du futur»")).toBe(`«${N}Industrie du futur${N}»`);
  });

  it("replaces a straight apostrophe between letters", () => {
    expect(frenchTypography("l'action d'aujourd'hui")).toBe("l’action d’aujourd’hui");
    expect(frenchTypography("'citation'")).toBe("'citation'");
  });

  it("leaves addresses, times and query strings alone", () => {
    for (const text of [
      "https://cmq-bfc.org/ti?page=2",
      "à 14:32",
      "ratio 3:1",
      "mailto:contact@cmq-bfc.org",
    ]) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it("is idempotent and normalises the space that was already there", () => {
    const once = frenchTypography("Note : « oui » ?!");
    expect(once).toBe(`Note${NBSP}: «${N}oui${N}»${N}?!`);
    expect(frenchTypography(once)).toBe(once);
    expect(frenchTypography(`Note${N}:`)).toBe(`Note${NBSP}:`);
  });
});

describe("French plurals", () => {
  it("treats 0 and 1 as singular", () => {
    const line = plural("ligne valide");
    expect(line.other).toBe("lignes valides");
    expect([0, 1, 2].map((n) => pluralForm(n, line))).toEqual([
      "ligne valide",
      "ligne valide",
      "lignes valides",
    ]);
    expect(formatCount(1, line)).toBe(`1${NBSP}ligne valide`);
    expect(formatCount(12500, { one: "action", other: "actions" })).toBe(`12${N}500${NBSP}actions`);
  });
});

describe("French order", () => {
  it("ignores accents, case and hyphens at first", () => {
    const names = ["DIRECCTE", "DRAAF", "DRAC", "Direction régionale", "Délégation académique"];
    expect(sortFrench(names, (n) => n)).toEqual([
      "Délégation académique",
      "DIRECCTE",
      "Direction régionale",
      "DRAAF",
      "DRAC",
    ]);
    expect(["ARDEC METAL", "Agefos-PME"].sort(compareFrench)).toEqual(["Agefos-PME", "ARDEC METAL"]);
    expect(["Œuvre", "Oeil", "École", "Ecole", "ecole"].sort(compareFrench)).toEqual([
      "Ecole",
      "ecole",
      "École",
      "Oeil",
      "Œuvre",
    ]);
  });

  it("gives a sort key a database can compare byte by byte", () => {
    expect(frenchSortKey("Sainte-Hélène — Lycée d'Été")).toBe("sainte helene lycee d ete");
  });
});
