/**
 * The year's actions as CSV for a spreadsheet: UTF-8 with a byte order mark
 * (so Excel reads the accents), semicolon-separated (the French Excel
 * default), CRLF line ends, every field quoted, no cell a formula.
 */
import { neutraliseFormula } from "@/lib/text/spreadsheet";
import { beneficiariesText } from "./layout";
import type { ReportDocument } from "./types";

const HEADER = [
  "Campus chef de file",
  "Autres campus",
  "Action",
  "Statut",
  "Début",
  "Fin",
  "Période",
  "Publics",
  "Partenaires",
  "Bénéficiaires",
  "Plateformes technologiques",
  "Formations",
  "Résumé",
  "Identifiant",
];

const quote = (value: string) => `"${neutraliseFormula(value).replace(/"/g, '""').replace(/\r?\n/g, " ")}"`;

export function renderCsv(doc: ReportDocument): string {
  const rows = doc.actions.map((a) => {
    const lead = a.campuses.find((c) => c.isLead) ?? a.campuses[0];
    return [
      lead ? lead.acronym : "",
      a.campuses
        .filter((c) => c !== lead)
        .map((c) => c.acronym)
        .join(", "),
      a.title,
      a.statusLabel,
      a.start ?? "",
      a.end ?? "",
      a.period ?? "",
      a.audiences.map((x) => x.label).join(", "),
      a.partners.map((p) => p.name).join(", "),
      beneficiariesText(a),
      a.platforms.join(", "),
      a.formations.join(", "),
      a.summary,
      a.slug,
    ];
  });
  return `\uFEFF${[HEADER, ...rows].map((r) => r.map(quote).join(";")).join("\r\n")}\r\n`;
}
