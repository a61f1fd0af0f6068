import { describe, expect, it } from "vitest";
import { typeset } from "@/lib/text/typeset";
import { frenchTypography, NARROW_NBSP as N, NBSP, typographyFaults } from "@/lib/text/typography";

describe("typographyFaults", () => {
  it("names each fault a visitor would see, with the words around it", () => {
    const faults = typographyFaults(
      "Directeur opérationnel : Nom. Pourquoi ? Le salon « Get Smart » d'hiver; voilà!",
    );
    expect(faults.map((f) => f.split(" — ")[0])).toEqual([
      "espace ordinaire ou absente avant ; ! ?",
      "espace ordinaire ou absente avant ; ! ?",
      "espace ordinaire ou absente avant ; ! ?",
      "espace ordinaire ou absente avant :",
      "espace ordinaire après «",
      "espace ordinaire avant »",
      "apostrophe droite",
    ]);
    expect(faults[3]).toBe("espace ordinaire ou absente avant : — « Directeur opérationnel : Nom. Pour »");
  });

  it("accepts what the formatter writes, whatever the text", () => {
    for (const text of [
      "Directeur opérationnel : Nom. Pourquoi ? Le salon « Get Smart » d'hiver; voilà!",
      "«Industrie du futur» : l'usine ?!",
      "Note: (voir ci-dessous) ; fin",
    ])
      expect(typographyFaults(frenchTypography(text))).toEqual([]);
    expect(typographyFaults(`Note${NBSP}: oui${NBSP}? « x${NBSP}»`)).toEqual([
      "espace ordinaire après « — « Note : oui ? « x » »",
    ]);
  });

  it("does not read URLs, e-mail addresses, paths and times", () => {
    expect(
      typographyFaults(
        "https://cmq-bfc.org/ti?page=2&q=l'action mailto:l'ami@cmq.fr à 14:32 /api/v1/actions?format=csv",
      ),
    ).toEqual([]);
  });
});

describe("typeset", () => {
  it("typesets every string of a read model, nested, and nothing else", () => {
    const updatedAt = new Date("2018-06-13T00:00:00Z");
    const card = {
      id: "c1",
      slug: "salon-get-smart",
      title: "Salon « Get Smart » : l'énergie",
      level: 4,
      updatedAt,
      campuses: [{ slug: "ti", name: "Territoire d'innovation" }],
      links: [{ label: "Site de l'école", url: "https://exemple.fr/l'ecole" }],
      contactEmail: "l'ami@cmq.fr",
      applicationUrl: "https://exemple.fr/?a=b :",
      body: "Le code `a ; b` reste ; le texte change !",
      query: "l'énergie ?",
    };
    const shown = typeset(card);
    expect(shown).toEqual({
      ...card,
      title: `Salon «${N}Get Smart${N}»${NBSP}: l’énergie`,
      campuses: [{ slug: "ti", name: "Territoire d’innovation" }],
      links: [{ label: "Site de l’école", url: "https://exemple.fr/l'ecole" }],
      body: `Le code \`a ; b\` reste${N}; le texte change${N}!`,
    });
    expect(shown.updatedAt).toBe(updatedAt);
    expect(card.title).toBe("Salon « Get Smart » : l'énergie");
    expect(typeset(shown)).toEqual(shown);
    expect(typeset(null)).toBeNull();
    expect(typeset("l'action")).toBe("l’action");
  });
});
