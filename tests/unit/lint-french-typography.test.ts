import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { frenchTypography, typographyFaults } from "@/lib/text/typography";
import { frenchTypography as fixerTypography, typographyFault } from "@/lint/french-typography.mjs";

/** The repository's own configuration, so that the test proves what `npx eslint .` enforces. */
const eslint = new ESLint({ cwd: process.cwd() });

async function faults(code: string, filePath = "app/typography-fixture.tsx") {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "french-typography/typeset-text");
}

async function fixed(code: string, filePath = "app/typography-fixture.tsx") {
  const [result] = await new ESLint({ cwd: process.cwd(), fix: true }).lintText(code, { filePath });
  return result.output ?? code;
}

const page = (jsx: string) => `export function Fixture({ year }: { year: number }) {\n  return ${jsx};\n}\n`;

describe("ESLint rule french-typography/typeset-text", () => {
  it("rejects a straight apostrophe in a shown prop", async () => {
    expect(await faults(page(`<section title="Rapports d'activité" />`))).toHaveLength(1);
    expect(
      await faults(page(`<input aria-label="Nom de l'organisation" placeholder="Choisissez l'instance" />`)),
    ).toHaveLength(2);
  });

  it("rejects a template literal shown with a regular space before : or ?", async () => {
    expect(await faults(page("<p>{`Le rapport ${year} est validé : figé.`}</p>"))).toHaveLength(1);
    expect(await faults(page("<button title={`Ouvrir la campagne ${year} ?`} />"))).toHaveLength(1);
    // One fault per fragment: « before the interpolation, » after it.
    expect(await faults(page("<p>{year ? `Édition « ${year} »` : null}</p>"))).toHaveLength(2);
  });

  it("rejects the same faults in JSX text, object labels and validation messages", async () => {
    expect(await faults(page("<p>Aucune action : rien à publier.</p>"))).toHaveLength(1);
    expect(await faults(`export const links = [{ href: "/a", label: "Fil d'Ariane" }];\n`)).toHaveLength(1);
    expect(
      await faults(
        `import { z } from "zod";\nexport const s = z.string().min(1, { error: "Saisissez l'adresse." });\n`,
        "lib/fixture/schema.ts",
      ),
    ).toHaveLength(1);
  });

  it("accepts typeset text, and strings that are not read as prose", async () => {
    const accepted = [
      `<section title="Rapports d’activité" />`,
      `<section title="Chargez un fichier CSV&nbsp;: chaque ligne est vérifiée." />`,
      `<section title="Supprimer cette réunion&#x202F;?" />`,
      "<p>{`Le rapport ${year} est validé\\u00A0: figé, «\\u202F${year}\\u202F».`}</p>",
      `<p>Aucune action&nbsp;: rien à publier&#x202F;!</p>`,
      // Not displayed text: classes, addresses, test ids, code.
      `<a className="hover:underline" href="https://cmq-bfc.org/?q=l'x" data-testid="l'x">x</a>`,
      '<code>{`curl "https://x/api?limit=10" : l\'exemple`}</code>',
    ];
    for (const jsx of accepted) expect(await faults(page(jsx)), jsx).toEqual([]);
  });

  it("fixes apostrophes and spaces the way typeset() writes them", async () => {
    expect(await fixed(page(`<section title="Retirer l'axe ?" lead="Note : vide" />`))).toContain(
      `title="Retirer l’axe&#x202F;?" lead="Note&nbsp;: vide"`,
    );
    expect(await fixed(page("<p>{`Le rapport ${year} est validé : figé.`}</p>"))).toContain(
      "{`Le rapport ${year} est validé\\u00A0: figé.`}",
    );
  });
});

describe("The rule and lib/text/typography.ts agree", () => {
  const samples = [
    "le salon « Get Smart » : venez !",
    "Pourquoi ? Parce que ; voilà.",
    "l'action d'aujourd'hui",
    "«Industrie du futur»",
    "Télécharger le fichier « rapport.pdf »",
    "Rien: tout est publié",
    "https://cmq-bfc.org/ti?page=2 à 14:32",
    "Déjà typeset\u00A0: rien\u202F!",
  ];

  it("the fixer writes what frenchTypography writes", () => {
    for (const text of samples) expect(fixerTypography(text)).toBe(frenchTypography(text));
  });

  it("finds every fault the page crawl finds (and « » without any space), none once typeset", () => {
    for (const text of samples) {
      if (typographyFaults(text).length > 0) expect(typographyFault(text), text).not.toBeNull();
      expect(typographyFault(frenchTypography(text)), text).toBeNull();
    }
  });
});
