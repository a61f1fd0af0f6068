/** GET /api/admin/imports/modele?type=formations|organisations — an empty CSV template with an example line. */
import { authenticate, FORBIDDEN } from "@/lib/auth/route-guard";
import { canManageDirectories } from "@/lib/auth/permissions";
import { neutraliseFormula } from "@/lib/text/spreadsheet";
import { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind } from "@/lib/imports/import";

const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  formations: {
    intitule: "BTS Électrotechnique",
    diplome: "BTS",
    niveau: "5",
    modalites: "Voie scolaire|Apprentissage",
    commune: "Dijon",
    departement: "21",
    etat: "Ouverte",
    campus: "ti",
  },
  organisations: {
    nom: "Entreprise exemple",
    type: "Entreprise",
    site: "https://example.org",
    commune: "Besançon",
    departement: "25",
  },
};

export async function GET(request: Request) {
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  if (!canManageDirectories(auth.user)) return FORBIDDEN();
  const type = new URL(request.url).searchParams.get("type") as ImportKind;
  const kind: ImportKind = IMPORT_KINDS.includes(type) ? type : "formations";
  const columns = IMPORT_COLUMNS[kind].map((c) => c.name);
  const body = `${columns.join(";")}\r\n${columns.map((c) => neutraliseFormula(EXAMPLES[kind][c] ?? "")).join(";")}\r\n`;
  return new Response(`\uFEFF${body}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="modele-${kind}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
