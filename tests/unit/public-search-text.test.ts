import { describe, expect, it } from "vitest";
import { excerptAround, highlightSegments } from "@/lib/search/highlight";
import { prefixTsQuery, queryWords, significantWords } from "@/lib/search/text";
import { foldText } from "@/lib/text/fold";

const marked = (text: string, query: string) =>
  highlightSegments(text, query)
    .map((s) => (s.isMatch ? `[${s.text}]` : s.text))
    .join("");

describe("query text", () => {
  it("normalizes like cmq_normalize (lower + unaccent)", () => {
    expect(foldText("Énergie ÉLECTRIQUE à Besançon")).toBe("energie electrique a besancon");
    expect(foldText("Œuvre")).toBe("oeuvre");
  });

  it("splits words on apostrophes and punctuation, keeps at most 8", () => {
    expect(queryWords("Métiers d’Art")).toEqual(["metiers", "d", "art"]);
    expect(queryWords("  l'énergie, 4.0 !")).toEqual(["l", "energie", "4", "0"]);
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
    expect(queryWords(" ' ; ")).toEqual([]);
  });

  it("builds a prefix tsquery with only letters and digits", () => {
    expect(prefixTsQuery("metiers d art")).toBe("metiers:* & d:* & art:*");
    expect(prefixTsQuery("a & | ! :* ( ) '")).toBe("a:*");
    expect(prefixTsQuery("")).toBe("");
  });

  it("keeps the meaningful words for highlighting", () => {
    expect(significantWords("les métiers d'art")).toEqual(["metiers", "art"]);
    expect(significantWords("de la")).toEqual(["de", "la"]);
  });
});

describe("highlighting", () => {
  it("marks accent- and case-insensitive matches on the original text", () => {
    expect(marked("Club Énergie Dijon", "energie")).toBe("Club [Énergie] Dijon");
    expect(marked("Métiers d’Art et métiers du cuir", "metiers d art")).toBe(
      "[Métiers] d’[Art] et [métiers] du cuir",
    );
  });

  it("marks prefixes and shared stems, not stop words", () => {
    expect(marked("Les énergies renouvelables", "energie")).toBe("Les [énergies] renouvelables");
    expect(marked("une formation de techniciens", "formations tech")).toBe(
      "une [formation] de [techniciens]",
    );
    expect(marked("la demande de devis", "de")).toBe("la demande [de] devis");
  });

  it("returns the text unmarked without a query, and keeps it whole", () => {
    expect(highlightSegments("<b>Énergie</b> & co", "")).toEqual([
      { text: "<b>Énergie</b> & co", isMatch: false },
    ]);
    const text = "<b>Énergie</b> & co";
    expect(
      highlightSegments(text, "energie")
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });

  it("cuts an excerpt around the first match", () => {
    const long = `${"Début du texte sans intérêt. ".repeat(20)}Le compteur Linky arrive. ${"Fin du texte. ".repeat(20)}`;
    const excerpt = excerptAround(long, "linky", 120);
    expect(excerpt).toContain("Linky");
    expect(excerpt.startsWith("… ")).toBe(true);
    // It starts on a whole word.
    expect(excerpt.slice(2).split(" ")[0]).toMatch(/^(Début|du|texte|sans|intérêt\.|Le)$/);
    expect(excerpt.length).toBeLessThanOrEqual(130);
    expect(excerptAround("Court.", "x")).toBe("Court.");
  });
});
