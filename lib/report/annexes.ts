/**
 * A campus's structured annexes for one year's report: the tables the 2018
 * report gives as annexes and that are data rather than prose — AGT's tree of
 * strategic and operational objectives (annexe A of 2018), the satisfaction
 * survey of the ESPE action (annexe F of 2018, MSI with MMA).
 *
 * Written in content/reports/<year>/campuses/<slug>.yaml (`annexes`), stored
 * as JSON on CampusReport.annexes, validated here on the way in (content) and
 * on the way out (assembly), and laid out as annexes of the edition by
 * layout.ts, which numbers them: a narrative names one as
 * `[texte](ref:annex:<key>)`.
 */
import { z } from "zod";

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, "clé en minuscules et tirets");
const line = z.string().trim().min(2).max(400);
const intro = z.string().trim().max(1200).default("");

const objectivesAnnex = z.strictObject({
  kind: z.literal("objectives"),
  key,
  title: line,
  intro,
  strategic: z
    .array(
      z.strictObject({
        title: line,
        operational: z
          .array(
            z.strictObject({
              title: line,
              achievements: z.array(line).default([]),
              indicators: z.array(line).default([]),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

const surveyAnnex = z
  .strictObject({
    kind: z.literal("survey"),
    key,
    title: line,
    intro,
    questions: z.array(line).min(1),
    /** The answers each chart shares, in the report's order (« OUI », « NON »). */
    answers: z.array(z.string().trim().min(1).max(40)).min(2),
    /** Each chart's percentages, one per answer, in the report's order. */
    results: z.array(z.array(z.number().int().min(0).max(100))).min(1),
    /** What the report leaves open about the figures, said plainly under the table. */
    note: z.string().trim().max(600).default(""),
  })
  .refine((s) => s.results.every((r) => r.length === s.answers.length), {
    error: "chaque résultat donne un pourcentage par réponse",
    path: ["results"],
  });

export const campusAnnexSchema = z.discriminatedUnion("kind", [objectivesAnnex, surveyAnnex]);
export const campusAnnexesSchema = z.array(campusAnnexSchema);

export type CampusAnnex = z.infer<typeof campusAnnexSchema>;

/** The stored JSON of a campus report, as annexes; a value that is not one reads as none. */
export function parseCampusAnnexes(value: unknown): CampusAnnex[] {
  const parsed = campusAnnexesSchema.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

/** « 70 % » with the French non-breaking space. */
const percent = (n: number) => `${n}\u00a0%`;

/** What an annex shows under its heading, in the blocks every renderer draws. */
export type AnnexBlock =
  | { kind: "subheading"; title: string }
  | { kind: "markdown"; source: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; caption: string; header: string[]; rows: string[][]; widths: number[] };

/** Markdown-safe text: the characters that would start a list, a link or emphasis are escaped. */
const md = (text: string) => text.replace(/([\\`*_[\]<>#])/gu, "\\$1");

export function annexBlocks(annex: CampusAnnex): AnnexBlock[] {
  const out: AnnexBlock[] = annex.intro ? [{ kind: "paragraph", text: annex.intro }] : [];
  if (annex.kind === "objectives") {
    annex.strategic.forEach((s, i) => {
      out.push({ kind: "subheading", title: `Objectif stratégique ${i + 1} — ${s.title}` });
      const items = s.operational.map((o) => {
        const lines = [`- **${md(o.title)}**`];
        if (o.achievements.length)
          lines.push(
            `  - ${o.achievements.length > 1 ? "Réalisations" : "Réalisation"} : ${o.achievements.map(md).join(" ; ")}`,
          );
        if (o.indicators.length)
          lines.push(
            `  - ${o.indicators.length > 1 ? "Indicateurs" : "Indicateur"} de réalisation : ${o.indicators.map(md).join(" ; ")}`,
          );
        return lines.join("\n");
      });
      out.push({ kind: "markdown", source: `Objectifs opérationnels :\n\n${items.join("\n")}` });
    });
    return out;
  }
  out.push({
    kind: "markdown",
    source: `Questions posées :\n\n${annex.questions.map((q, i) => `${i + 1}. ${md(q)}`).join("\n")}`,
  });
  out.push({
    kind: "table",
    caption: `${annex.title} — réponses`,
    header: ["Graphique du rapport", ...annex.answers],
    rows: annex.results.map((r, i) => [String(i + 1), ...r.map(percent)]),
    widths: [2, ...annex.answers.map(() => 1)],
  });
  if (annex.note) out.push({ kind: "paragraph", text: annex.note });
  return out;
}
