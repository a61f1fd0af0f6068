import { describe, expect, it } from "vitest";
import { capitalize, countInWords } from "@/lib/dates/format";
import { formatNumber, formatTime } from "@/lib/text/format";

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

describe("times of day", () => {
  it("writes a time as French prose does, in Paris time, with no-break spaces", () => {
    expect(formatTime("2026-12-06T13:32:00Z")).toBe("14\u00a0h\u00a032");
    expect(formatTime("2026-07-01T07:05:00Z")).toBe("9\u00a0h\u00a005");
    expect(formatTime(new Date("2026-12-06T23:00:00Z"))).toBe("0\u00a0h\u00a000");
  });
});
