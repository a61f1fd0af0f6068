import { describe, expect, it } from "vitest";
import { cell, CsvError, matchEnum, normaliseHeader, readCsv, splitList } from "@/lib/imports/csv";
import { DIPLOMA_LABELS } from "@/lib/labels";

describe("CSV files of the imports", () => {
  it("reads semicolon files from French spreadsheets, with a BOM and accented headers", () => {
    const t = readCsv(
      "\uFEFFIntitulé;Diplôme;Commune\r\nBTS Électrotechnique;BTS;Dijon\r\n\r\n« Cuisine »;CAP;Beaune\r\n",
    );
    expect(t.headers).toEqual(["intitule", "diplome", "commune"]);
    expect(t.rows).toEqual([
      { line: 2, cells: { intitule: "BTS Électrotechnique", diplome: "BTS", commune: "Dijon" } },
      { line: 3, cells: { intitule: "« Cuisine »", diplome: "CAP", commune: "Beaune" } },
    ]);
  });

  it("reads comma files with quoted fields", () => {
    const t = readCsv('nom,type,description\n"Garage, solidaire",Association,"Il dit ""bonjour"""\n');
    expect(t.rows[0].cells).toEqual({
      nom: "Garage, solidaire",
      type: "Association",
      description: 'Il dit "bonjour"',
    });
  });

  it("refuses empty or unreadable files with a French message", () => {
    expect(() => readCsv("")).toThrow(CsvError);
    expect(() => readCsv('nom;type\n"non fermé;x\n')).toThrow(/CSV lisible/);
  });

  it("matches codes and French labels, and lists", () => {
    expect(matchEnum("Bac pro", DIPLOMA_LABELS)).toBe("BAC_PRO");
    expect(matchEnum("bac_pro", DIPLOMA_LABELS)).toBe("BAC_PRO");
    expect(matchEnum("Licence professionnelle", DIPLOMA_LABELS)).toBe("LICENCE_PRO");
    expect(matchEnum("Doctorat", DIPLOMA_LABELS)).toBeNull();
    expect(splitList("ti | msi,agt")).toEqual(["ti", "msi", "agt"]);
    expect(cell({ titre: "x" }, "intitule", "Titre")).toBe("x");
    expect(normaliseHeader("  Établissement d'accueil ")).toBe("etablissement d accueil");
  });
});
