import { describe, expect, it } from "vitest";
import { diplomaQuery } from "@/lib/search/diplomas";

describe("diploma words in a search", () => {
  it("finds the diplomas a query names, accents and case aside", () => {
    expect(diplomaQuery("BTS").diplomas).toEqual(["BTS"]);
    expect(diplomaQuery("cap").diplomas).toEqual(["CAP"]);
    expect(diplomaQuery("DNMADe").diplomas).toEqual(["DNMADE"]);
    expect(diplomaQuery("Ingénieur").diplomas).toEqual(["INGENIEUR"]);
  });

  it("reads two-word diplomas as one, the longest first", () => {
    expect(diplomaQuery("bac pro").diplomas).toEqual(["BAC_PRO"]);
    expect(diplomaQuery("licence pro énergie")).toEqual({
      diplomas: ["LICENCE_PRO"],
      otherWords: ["energie"],
    });
    expect(diplomaQuery("licence").diplomas).toEqual(["LICENCE", "LICENCE_PRO"]);
  });

  it("keeps the other words, and names no diploma for ordinary words", () => {
    expect(diplomaQuery("bts énergie Dijon")).toEqual({
      diplomas: ["BTS"],
      otherWords: ["energie", "dijon"],
    });
    expect(diplomaQuery("bac")).toEqual({ diplomas: [], otherWords: ["bac"] });
    expect(diplomaQuery("energie")).toEqual({ diplomas: [], otherWords: ["energie"] });
    expect(diplomaQuery("but du jeu").diplomas).toEqual([]);
  });
});
