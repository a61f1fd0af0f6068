import { describe, expect, it } from "vitest";
import { compareFrench, frenchSortKey, sortFrench } from "@/lib/text/collate";
import { formatCount, plural, pluralForm } from "@/lib/text/plural";
import { fr, frenchTypography, NARROW_NBSP as N, NBSP } from "@/lib/text/typography";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/markdown";
import { PageHeading } from "@/components/ui/page-heading";

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

describe("French order within groups", () => {
  it("orders by the given key first, then by name in French order", () => {
    const rows = [
      { level: 5, title: "Électrotechnique" },
      { level: 4, title: "ebenisterie" },
      { level: 5, title: "ebenisterie" },
      { level: 4, title: "Accueil" },
    ];
    expect(
      sortFrench(
        rows,
        (r) => r.title,
        (a, b) => a.level - b.level,
      ),
    ).toEqual([
      { level: 4, title: "Accueil" },
      { level: 4, title: "ebenisterie" },
      { level: 5, title: "ebenisterie" },
      { level: 5, title: "Électrotechnique" },
    ]);
  });
});

describe("French typography where a visitor reads", () => {
  it("typesets strings and leaves everything else alone", () => {
    expect(fr("l'atelier « Get Smart » : ouvert !")).toBe(
      `l’atelier «${N}Get Smart${N}»${NBSP}: ouvert${N}!`,
    );
    expect(fr(null)).toBeNull();
    expect(fr(undefined)).toBeUndefined();
    expect(fr(42)).toBe(42);
  });

  it("applies to every text of a Markdown body, code excepted", () => {
    const html = renderToStaticMarkup(
      createElement(
        Markdown,
        null,
        "L'atelier « *Industrie* » : [voir](https://exemple.fr/?a=1) ?\n\n`a : b ?`",
      ),
    );
    expect(html).toContain(
      `L’atelier «${N}<em>Industrie</em>${N}»${NBSP}: <a href="https://exemple.fr/?a=1">voir</a>${N}?`,
    );
    expect(html).toContain("<code>a : b ?</code>");
  });

  it("the components of the public pages typeset their texts", () => {
    const html = renderToStaticMarkup(
      createElement(PageHeading, { title: "Qu'est-ce qu'un campus ?", lead: "Un réseau : « écoles »" }),
    );
    expect(html).toContain(`Qu’est-ce qu’un campus${N}?`);
    expect(html).toContain(`Un réseau${NBSP}: «${N}écoles${N}»`);
  });
});

describe("No plural slip", () => {
  it("says '1 ligne valide', '0 formation' and '2 lignes valides'", () => {
    expect(formatCount(0, plural("formation"))).toBe(`0${NBSP}formation`);
    expect(formatCount(2, plural("ligne valide"))).toBe(`2${NBSP}lignes valides`);
  });

  /** `n > 1 ? "s"`, `n === 1 ? "x" : "xs"` (wrong for 0) and "action(s)". */
  const SLIP =
    /> 1 \? "s"|=== 1 \? "[^"]*" : "[^"]*s"|(?:action|axe|fonction|financement|formation|organisation|ligne|session|champ|résultat|créé|inchangé|erreur)\(s\)/;

  it("leaves no hand-written plural in the pages, components and lib", () => {
    const sources = execFileSync("git", ["ls-files", "app", "components", "lib"], { encoding: "utf8" })
      .split("\n")
      .filter((f) => /\.tsx?$/.test(f));
    const slips = sources.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ file, line: i + 1, text: line }))
        .filter(({ text }) => SLIP.test(text)),
    );
    expect(slips).toEqual([]);
  });
});
