import "server-only";
/**
 * CSV import of formations and organisations. A preview validates every row
 * with the same zod schemas as the forms and writes nothing; the confirmed
 * rows come back in batches, are validated again, and upserted by their key
 * (each batch in one transaction, with an audit row per record).
 */
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { writeDirectory, type DirectoryWrite } from "@/lib/directory/write";
import {
  DIPLOMA_LABELS,
  FORMATION_STATE_LABELS,
  MODALITY_LABELS,
  ORGANISATION_KIND_LABELS,
} from "@/lib/labels";
import { slugify } from "@/lib/text/fold";
import { fieldErrorsOf, forbidden, invalidForm, type Result } from "@/lib/result";
import { campusLinks } from "@/lib/directory/entries";
import { formationColumns, formationSchema } from "@/lib/formations/schema";
import { organisationSchema } from "@/lib/organisations/schema";
import { cell, CsvError, matchEnum, readCsv, splitList } from "./csv";
import { formatCount, plural } from "@/lib/text/plural";
import { frenchTypography } from "@/lib/text/typography";

export const IMPORT_KINDS = ["formations", "organisations"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_COLUMNS: Record<ImportKind, { name: string; required: boolean; help: string }[]> = {
  formations: [
    { name: "cle", required: false, help: "identifiant stable ; une clé existante met la formation à jour" },
    { name: "intitule", required: true, help: "intitulé de la formation" },
    { name: "diplome", required: true, help: "CAP, Bac pro, BTS, Licence professionnelle…" },
    { name: "niveau", required: false, help: "3 à 8" },
    { name: "modalites", required: false, help: "Voie scolaire | Apprentissage | Formation continue…" },
    { name: "etablissement", required: false, help: "clé ou nom exact d'une organisation de l'annuaire" },
    { name: "commune", required: false, help: "" },
    { name: "departement", required: false, help: "21, 25…" },
    { name: "rncp", required: false, help: "RNCP35316" },
    { name: "cfd", required: false, help: "8 caractères" },
    { name: "duree", required: false, help: "2 ans, 1 an…" },
    { name: "admission", required: false, help: "conditions d'admission" },
    { name: "prochaine_rentree", required: false, help: "septembre 2027…" },
    { name: "candidature", required: false, help: "adresse Parcoursup, Affelnet ou de l'établissement" },
    { name: "etat", required: false, help: "Ouverte (par défaut) ou En projet" },
    { name: "campus", required: true, help: "agt, amf, itip, mma, msi, ti (plusieurs : ti|msi)" },
    { name: "description", required: false, help: "" },
  ],
  organisations: [
    {
      name: "cle",
      required: false,
      help: "identifiant stable ; une clé existante met l'organisation à jour",
    },
    { name: "nom", required: true, help: "" },
    { name: "sigle", required: false, help: "" },
    {
      name: "type",
      required: true,
      help: "Entreprise, Collège ou lycée, Collectivité, Association, réseau…",
    },
    { name: "site", required: false, help: "https://…" },
    { name: "commune", required: false, help: "" },
    { name: "departement", required: false, help: "21, 25…" },
    { name: "description", required: false, help: "" },
  ],
};

export type ImportRow = { line: number; key: string; label: string; values: Record<string, unknown> };
export type PreviewRow = {
  line: number;
  key: string;
  label: string;
  operation: "create" | "update" | "error";
  errors: string[];
};
export type ImportPreview = { kind: ImportKind; total: number; valid: ImportRow[]; rows: PreviewRow[] };

type Lookups = { campusBySlug: Map<string, string>; organisationByKeyOrName: Map<string, string> };

async function lookups(client: Tx = db): Promise<Lookups> {
  const [campuses, organisations] = await Promise.all([
    client.campus.findMany({ select: { id: true, slug: true } }),
    client.organisation.findMany({
      where: { publication: { not: "ARCHIVED" } },
      select: { id: true, key: true, name: true },
    }),
  ]);
  const orgs = new Map<string, string>();
  for (const o of organisations) {
    orgs.set(o.key.toLowerCase(), o.id);
    orgs.set(o.name.toLowerCase(), o.id);
  }
  return { campusBySlug: new Map(campuses.map((c) => [c.slug, c.id])), organisationByKeyOrName: orgs };
}

/** One CSV row → the values of the formation form, plus the problems the mapping found. */
function mapFormation(
  cells: Record<string, string>,
  l: Lookups,
): { values: Record<string, unknown>; errors: string[]; key: string; label: string } {
  const errors: string[] = [];
  const title = cell(cells, "intitule", "titre", "formation");
  const diplomaText = cell(cells, "diplome");
  const diploma = matchEnum(diplomaText, DIPLOMA_LABELS);
  if (diplomaText && !diploma) errors.push(`Diplôme inconnu : « ${diplomaText} ».`);
  const modalities = splitList(cell(cells, "modalites", "modalite")).map((m) => {
    const code = matchEnum(m, MODALITY_LABELS);
    if (!code) errors.push(`Modalité inconnue : « ${m} ».`);
    return code;
  });
  const stateText = cell(cells, "etat");
  const state = stateText ? matchEnum(stateText, FORMATION_STATE_LABELS) : "OUVERTE";
  if (!state) errors.push(`État inconnu : « ${stateText} » (Ouverte ou En projet).`);
  const campusIds = splitList(cell(cells, "campus")).map((s) => {
    const id = l.campusBySlug.get(s.toLowerCase());
    if (!id) errors.push(`Campus inconnu : « ${s} ».`);
    return id;
  });
  const establishment = cell(cells, "etablissement");
  const establishmentId = establishment
    ? l.organisationByKeyOrName.get(establishment.toLowerCase())
    : undefined;
  if (establishment && !establishmentId)
    errors.push(`Établissement absent de l'annuaire : « ${establishment} ».`);
  const commune = cell(cells, "commune", "ville");
  const key = slugify(cell(cells, "cle") || `${title} ${commune}`, 90);
  return {
    key,
    label: title,
    errors,
    values: {
      title,
      diploma: diploma ?? "",
      level: cell(cells, "niveau"),
      modalities: modalities.filter(Boolean),
      establishmentId: establishmentId ?? "",
      commune,
      departement: cell(cells, "departement"),
      rncp: cell(cells, "rncp"),
      cfd: cell(cells, "cfd"),
      duration: cell(cells, "duree"),
      admission: cell(cells, "admission"),
      nextSession: cell(cells, "prochaine_rentree"),
      applicationUrl: cell(cells, "candidature"),
      state: state ?? "",
      description: cell(cells, "description"),
      campusIds: campusIds.filter(Boolean),
      slug: "",
    },
  };
}

function mapOrganisation(cells: Record<string, string>): {
  values: Record<string, unknown>;
  errors: string[];
  key: string;
  label: string;
} {
  const errors: string[] = [];
  const name = cell(cells, "nom", "name", "organisation");
  const kindText = cell(cells, "type", "categorie");
  const kind = matchEnum(kindText, ORGANISATION_KIND_LABELS);
  if (kindText && !kind) errors.push(`Type inconnu : « ${kindText} ».`);
  const key = slugify(cell(cells, "cle") || name, 90);
  return {
    key,
    label: name,
    errors,
    values: {
      name,
      acronym: cell(cells, "sigle"),
      kind: kind ?? "",
      website: cell(cells, "site", "site web", "url"),
      city: cell(cells, "commune", "ville"),
      departement: cell(cells, "departement"),
      description: cell(cells, "description"),
      slug: "",
    },
  };
}

function validate(kind: ImportKind, values: unknown): string[] {
  const parsed = (kind === "formations" ? formationSchema : organisationSchema).safeParse(values);
  return parsed.success ? [] : Object.values(fieldErrorsOf(parsed.error));
}

async function existingKeys(kind: ImportKind, keys: string[]): Promise<Set<string>> {
  const rows =
    kind === "formations"
      ? await db.formation.findMany({ where: { key: { in: keys } }, select: { key: true } })
      : await db.organisation.findMany({ where: { key: { in: keys } }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}

/** Reads and checks a file; writes nothing. */
export async function previewImport(
  user: SessionUser,
  kind: ImportKind,
  text: string,
): Promise<Result<{ preview: ImportPreview }>> {
  if (!canManageDirectories(user)) return forbidden("Import réservé à la coordination régionale.");
  if (!IMPORT_KINDS.includes(kind)) return invalidForm("Type d'import inconnu.");
  let table;
  try {
    table = readCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return invalidForm(error.message);
    throw error;
  }
  const required = IMPORT_COLUMNS[kind].filter((c) => c.required).map((c) => c.name);
  const missing = required.filter(
    (c) => !table.headers.includes(c) && !(c === "intitule" && table.headers.includes("titre")),
  );
  if (missing.length)
    return invalidForm(
      `Colonnes obligatoires absentes : ${missing.join(", ")}. Première ligne lue : ${table.headers.join(", ") || "(vide)"}.`,
    );
  if (table.rows.length === 0) return invalidForm("Le fichier ne contient aucune ligne de données.");

  const l = await lookups();
  const mapped = table.rows.map((r) => ({
    line: r.line,
    ...(kind === "formations" ? mapFormation(r.cells, l) : mapOrganisation(r.cells)),
  }));
  const existing = await existingKeys(
    kind,
    mapped.map((m) => m.key),
  );
  const seen = new Map<string, number>();
  const rows: PreviewRow[] = [];
  const valid: ImportRow[] = [];
  for (const m of mapped) {
    const errors = [...m.errors, ...validate(kind, m.values)];
    if (!m.key) errors.push("Clé impossible à déduire : renseignez la colonne « cle » ou le nom.");
    const first = seen.get(m.key);
    if (m.key && first !== undefined) errors.push(`Même clé que la ligne ${first} (« ${m.key} »).`);
    else seen.set(m.key, m.line);
    // Shown in the preview table: typeset like every message (the values they quote included).
    const unique = [...new Set(errors)].map(frenchTypography);
    rows.push({
      line: m.line,
      key: m.key,
      label: m.label,
      operation: unique.length ? "error" : existing.has(m.key) ? "update" : "create",
      errors: unique,
    });
    if (!unique.length) valid.push({ line: m.line, key: m.key, label: m.label, values: m.values });
  }
  return { ok: true, preview: { kind, total: rows.length, valid, rows } };
}

export const IMPORT_BATCH_SIZE = 25;

type Upserted = "created" | "updated";

/** `key`, else `key-2`, `key-3`…: the first slug no other record uses. */
async function freeSlug(taken: (slug: string) => Promise<boolean>, key: string): Promise<string> {
  let slug = key;
  for (let n = 2; await taken(slug); n++) slug = `${key}-${n}`;
  return slug;
}

/** Updates the record of the row's key, or creates it, published; one audit row either way. */
async function upsertByKey<Row extends { id: string }>(
  audit: DirectoryWrite["audit"],
  key: string,
  record: {
    entityType: "formation" | "organisation";
    campusId: string | null;
    label: (row: Row) => string;
    find: () => Promise<Row | null>;
    update: (id: string) => Promise<Row>;
    slugTaken: (slug: string) => Promise<boolean>;
    create: (slug: string) => Promise<Row>;
  },
): Promise<Upserted> {
  const before = await record.find();
  const after = before
    ? await record.update(before.id)
    : await record.create(await freeSlug(record.slugTaken, key));
  await audit({
    campusId: record.campusId,
    entityType: record.entityType,
    entityId: after.id,
    operation: "import",
    summary: `${record.label(after)} ${before ? "mise à jour" : "créée"} par import`,
    before: before ?? undefined,
    after,
  });
  return before ? "updated" : "created";
}

function upsertFormation({ tx, audit }: DirectoryWrite, key: string, values: Record<string, unknown>) {
  const input = formationSchema.parse(values);
  const data = { ...formationColumns(input), campuses: campusLinks(input.campusIds) };
  const include = { campuses: { select: { campusId: true } } } as const;
  return upsertByKey(audit, key, {
    entityType: "formation",
    campusId: input.campusIds[0] ?? null,
    label: (f) => `Formation « ${f.title} »`,
    find: () => tx.formation.findUnique({ where: { key }, include }),
    update: async (id) => {
      await tx.formationCampus.deleteMany({ where: { formationId: id } });
      // A new version: a form opened before the import can no longer save over it.
      return tx.formation.update({ where: { id }, data: { ...data, version: { increment: 1 } }, include });
    },
    slugTaken: async (slug) => !!(await tx.formation.findUnique({ where: { slug } })),
    create: (slug) =>
      tx.formation.create({ data: { ...data, key, slug, publication: "PUBLISHED" }, include }),
  });
}

function upsertOrganisation({ tx, audit }: DirectoryWrite, key: string, values: Record<string, unknown>) {
  const { slug: _slug, ...data } = organisationSchema.parse(values);
  return upsertByKey(audit, key, {
    entityType: "organisation",
    campusId: null,
    label: (o) => `Organisation « ${o.name} »`,
    find: () => tx.organisation.findUnique({ where: { key } }),
    update: (id) => tx.organisation.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),
    slugTaken: async (slug) => !!(await tx.organisation.findUnique({ where: { slug } })),
    create: (slug) => tx.organisation.create({ data: { ...data, key, slug, publication: "PUBLISHED" } }),
  });
}

/** What one confirmed batch did; rows refused again on the server are listed with their line. */
export type BatchDone = { created: number; updated: number; failed: { line: number; errors: string[] }[] };

/** Writes one confirmed batch. Every row is validated again: the browser is not trusted. */
export function applyImportBatch(
  user: SessionUser,
  kind: ImportKind,
  rows: unknown,
): Promise<Result<BatchDone>> {
  return writeDirectory(user, async (w) => {
    if (!IMPORT_KINDS.includes(kind)) return invalidForm("Type d'import inconnu.");
    if (!Array.isArray(rows) || rows.length > IMPORT_BATCH_SIZE * 4)
      return invalidForm("Lot d'import illisible.");
    const l = await lookups(w.tx);
    const failed: { line: number; errors: string[] }[] = [];
    const ready: { key: string; values: Record<string, unknown> }[] = [];
    for (const raw of rows as ImportRow[]) {
      const line = Number(raw?.line) || 0;
      const key = typeof raw?.key === "string" ? slugify(raw.key, 90) : "";
      const errors = key ? validate(kind, raw?.values) : ["Clé manquante."];
      if (kind === "formations" && !errors.length) {
        const v = raw.values as { campusIds?: unknown; establishmentId?: unknown };
        const known = new Set(l.campusBySlug.values());
        if (!Array.isArray(v.campusIds) || v.campusIds.some((id) => !known.has(String(id))))
          errors.push("Campus inconnu.");
        if (v.establishmentId && ![...l.organisationByKeyOrName.values()].includes(String(v.establishmentId)))
          errors.push("Établissement absent de l'annuaire.");
      }
      if (errors.length) failed.push({ line, errors });
      else ready.push({ key, values: raw.values });
    }
    let created = 0;
    let updated = 0;
    for (const r of ready) {
      const outcome =
        kind === "formations"
          ? await upsertFormation(w, r.key, r.values)
          : await upsertOrganisation(w, r.key, r.values);
      if (outcome === "created") created++;
      else updated++;
    }
    if (ready.length) {
      await w.audit({
        campusId: null,
        entityType: "import",
        entityId: randomUUID(),
        operation: "import",
        summary: `Import CSV de ${kind} : ${formatCount(created, plural("créé"))}, ${updated} mis à jour`,
      });
    }
    return { ok: true, created, updated, failed } as const;
  });
}
