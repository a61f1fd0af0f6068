import { describe, expect, it } from "vitest";
import { capitalize, countInWords } from "@/lib/dates/format";
import { formatNumber } from "@/lib/text/format";

describe("counts in French prose", () => {
  it("writes small counts in words and larger ones in figures", () => {
    expect([countInWords(0), countInWords(2), countInWords(6), countInWords(11), countInWords(16)]).toEqual([
      "zéro",
      "deux",
      "six",
      "onze",
      "seize",
    ]);
    expect(countInWords(17)).toBe(formatNumber(17));
    expect(countInWords(1500)).toBe(formatNumber(1500));
    expect(countInWords(2.5)).toBe(formatNumber(2.5));
  });

  it("capitalizes the first letter only", () => {
    expect(capitalize("six réseaux")).toBe("Six réseaux");
    expect(capitalize("écoles")).toBe("Écoles");
    expect(capitalize("")).toBe("");
  });
});
