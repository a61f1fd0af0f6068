/**
 * A synthetic dataset to measure the portal at a larger size: formations,
 * actions, organisations, PFT and fundings made up from a small French
 * vocabulary, linked to the real campuses (the 2018 content must be seeded
 * first). It is never real content and cannot be mistaken for it:
 * - every name and title starts with « Synthétique · »;
 * - every key, slug and id starts with `synthetique-` (the flag a query can
 *   test: `key LIKE 'synthetique-%'`, `slug LIKE 'synthetique-%'` for actions).
 *
 * Rows go in with multi-row INSERT … SELECT FROM unnest(arrays), one
 * statement per table and batch, through any SQL executor (a Prisma client
 * in both database modes, or a pg client).
 */
import { DIPLOMA_LABELS } from "../lib/labels";
import type { Audience, DiplomaType, OrganisationKind } from "../lib/generated/prisma/enums";

export const SYNTHETIC_PREFIX = "synthetique-";
export const SYNTHETIC_NAME_PREFIX = "Synthétique · ";

/** Runs one SQL statement with positional parameters ($1…). */
export type SqlExecutor = (sql: string, params: unknown[]) => Promise<unknown>;

export type SyntheticSizes = {
  formations: number;
  actions: number;
  organisations: number;
  platforms: number;
  fundings: number;
};

/** Scale 10 is the issue's "ten times the data": 10,000 formations, 20,000 actions, 2,000 organisations. */
export function sizesForScale(scale: number): SyntheticSizes {
  return {
    formations: Math.round(1000 * scale),
    actions: Math.round(2000 * scale),
    organisations: Math.round(200 * scale),
    platforms: Math.round(10 * scale),
    fundings: Math.round(300 * scale),
  };
}

const THEMES = [
  "énergie",
  "maintenance industrielle",
  "métiers d'art",
  "agroalimentaire",
  "numérique",
  "mécatronique",
  "bâtiment durable",
  "microtechniques",
  "hôtellerie-restauration",
  "logistique",
  "usinage",
  "robotique",
  "design d'objet",
  "maroquinerie",
  "électricité",
  "plasturgie",
  "filière bois",
  "environnement",
  "automobile",
  "horlogerie",
  "transition écologique",
  "cybersécurité",
  "tourisme",
  "efficacité énergétique",
];
const ACTION_KINDS = [
  "Atelier",
  "Forum",
  "Visite d'entreprise",
  "Journée découverte",
  "Salon",
  "Conférence",
  "Concours",
  "Stage d'immersion",
  "Semaine de l'industrie",
  "Rencontre",
];
const PUBLICS = [
  "pour les collégiens",
  "pour les lycéens",
  "avec des apprentis",
  "pour les enseignants",
  "avec les entreprises du territoire",
  "pour les demandeurs d'emploi",
];
const TOWNS = [
  "Dijon",
  "Besançon",
  "Belfort",
  "Montbéliard",
  "Chalon-sur-Saône",
  "Mâcon",
  "Auxerre",
  "Nevers",
  "Vesoul",
  "Lons-le-Saunier",
  "Dole",
  "Sens",
  "Le Creusot",
  "Pontarlier",
  "Autun",
];
const SENTENCES = [
  "Les participants découvrent les métiers de la {theme} au contact de professionnels.",
  "La journée associe démonstrations, ateliers pratiques et échanges avec des formateurs.",
  "Les équipes pédagogiques préparent la séance avec les partenaires de la {theme}.",
  "Une restitution est organisée à {town} pour les familles et les partenaires.",
  "Les élèves réalisent un objet technique et présentent leur démarche.",
  "L'action contribue à l'attractivité des filières de la {theme} en région.",
];
/** Sentences a few records only carry (one in twenty), as in real content. */
const RARE_SENTENCES = [
  "Le projet s'appuie sur la synergie entre établissements de formation et entreprises.",
  "Un temps d'échange présente les parcours de formation, du CAP au BTS et à la licence professionnelle.",
];
const ORG_KINDS: { kind: OrganisationKind; label: string }[] = [
  { kind: "ENTREPRISE", label: "Entreprise" },
  { kind: "ETABLISSEMENT_SCOLAIRE", label: "Lycée" },
  { kind: "ORGANISME_FORMATION", label: "Organisme de formation" },
  { kind: "ASSOCIATION", label: "Association" },
  { kind: "BRANCHE_PROFESSIONNELLE", label: "Fédération" },
  { kind: "COLLECTIVITE", label: "Communauté de communes" },
  { kind: "FINANCEUR", label: "Fonds" },
];
const DIPLOMAS = Object.keys(DIPLOMA_LABELS).filter((d) => d !== "AUTRE") as DiplomaType[];
const LEVEL: Partial<Record<DiplomaType, number>> = {
  CAP: 3,
  BAC_PRO: 4,
  BP: 4,
  MC: 4,
  BTS: 5,
  DUT: 5,
  BUT: 6,
  LICENCE_PRO: 6,
  LICENCE: 6,
  MASTER: 7,
  INGENIEUR: 7,
  DNMADE: 6,
  TITRE_PRO: 5,
};
const AUDIENCES: Audience[] = ["COLLEGIENS", "LYCEENS", "APPRENTIS", "ENSEIGNANTS", "ENTREPRISES"];
const STATUSES = ["TERMINEE", "TERMINEE", "EN_COURS", "PROJETEE"] as const;

/** A seeded pseudo-random generator (mulberry32): the same dataset on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick };
}

function paragraph(rng: ReturnType<typeof random>, sentences: number, theme: string, town: string): string {
  return Array.from({ length: sentences }, () =>
    rng
      .pick(rng.next() < 0.05 ? RARE_SENTENCES : SENTENCES)
      .replace("{theme}", theme)
      .replace("{town}", town),
  ).join(" ");
}

/** Inserts `rows` (objects with the same keys) into `table` with typed unnest arrays, in batches. */
/** The columns every directory record has: its keys, its publication and its timestamps. */
const RECORD_COLUMNS = {
  id: "text",
  key: "text",
  slug: "text",
  publication: `"PublicationState"`,
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

async function insertRows(
  exec: SqlExecutor,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
) {
  const names = Object.keys(columns);
  const BATCH = 5000;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = names.map((n) => batch.map((r) => r[n] ?? null));
    const select = names.map((n, i) => {
      const type = columns[n];
      // Arrays of enums and enum arrays travel as text and are cast back.
      if (type.endsWith("[]")) return `string_to_array(u.c${i}, ',')::${type}`;
      return `u.c${i}::${type}`;
    });
    const unnest = names.map((n, i) => `$${i + 1}::text[]`).join(", ");
    const as = names.map((_, i) => `c${i}`).join(", ");
    await exec(
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")})
       SELECT ${select.join(", ")} FROM unnest(${unnest}) AS u(${as})`,
      arrays.map((values) => values.map((v) => (v === null ? null : String(v)))),
    );
  }
}

type Campus = { id: string; slug: string };

/**
 * Adds a synthetic dataset of the given sizes, linked to `campuses`. `seed`
 * varies the dataset and keeps ids unique across calls (a second call with
 * another seed adds more rows).
 */
export async function insertSyntheticData(
  exec: SqlExecutor,
  campuses: Campus[],
  sizes: SyntheticSizes,
  seed = 1,
): Promise<void> {
  const rng = random(seed);
  const id = (kind: string, n: number) => `${SYNTHETIC_PREFIX}${seed}-${kind}-${n}`;
  const name = (text: string, n: number) => `${SYNTHETIC_NAME_PREFIX}${text} n° ${n}`;
  /** The n-th record's campus: each campus in turn. */
  const campusFor = (n: number) => campuses[n % campuses.length].id;
  /**
   * Inserts directory records of `table` (formations, platforms), then links
   * each to its campus in the `<table>Campus` join table (`<table>Id`, `campusId`).
   */
  async function insertLinkedToCampuses(
    table: "Formation" | "Platform",
    columns: Record<string, string>,
    rows: { id: string }[],
  ) {
    await insertRows(exec, table, { ...RECORD_COLUMNS, ...columns }, rows);
    const recordId = `${table[0].toLowerCase()}${table.slice(1)}Id`;
    await insertRows(
      exec,
      `${table}Campus`,
      { [recordId]: "text", campusId: "text" },
      rows.map((row, n) => ({ [recordId]: row.id, campusId: campusFor(n) })),
    );
  }
  const now = new Date().toISOString();

  const organisations = Array.from({ length: sizes.organisations }, (_, n) => {
    const kind = rng.pick(ORG_KINDS);
    const theme = rng.pick(THEMES);
    const town = rng.pick(TOWNS);
    return {
      id: id("o", n),
      key: id("o", n),
      slug: id("o", n),
      name: name(`${kind.label} ${theme} ${town}`, n),
      kind: kind.kind,
      city: town,
      description: paragraph(rng, 1, theme, town),
      publication: "PUBLISHED",
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertRows(
    exec,
    "Organisation",
    {
      ...RECORD_COLUMNS,
      name: "text",
      kind: `"OrganisationKind"`,
      city: "text",
      description: "text",
    },
    organisations,
  );
  await insertRows(
    exec,
    "CampusOrganisation",
    { id: "text", campusId: "text", organisationId: "text", roles: `"CampusOrganisationRole"[]` },
    organisations.map((o, n) => ({
      id: id("co", n),
      campusId: campusFor(n),
      organisationId: o.id,
      roles: "PARTENAIRE",
    })),
  );
  const establishments = organisations.filter((o) => o.kind === "ETABLISSEMENT_SCOLAIRE");

  const formations = Array.from({ length: sizes.formations }, (_, n) => {
    const diploma = rng.pick(DIPLOMAS);
    const theme = rng.pick(THEMES);
    const town = rng.pick(TOWNS);
    return {
      id: id("f", n),
      key: id("f", n),
      slug: id("f", n),
      title: name(`${DIPLOMA_LABELS[diploma]} ${theme}`, n),
      diploma,
      level: LEVEL[diploma] ?? null,
      modalities: rng.next() < 0.5 ? "SCOLAIRE" : "SCOLAIRE,APPRENTISSAGE",
      establishmentId: establishments.length ? rng.pick(establishments).id : null,
      commune: town,
      state: rng.next() < 0.9 ? "OUVERTE" : "EN_PROJET",
      description: paragraph(rng, 2, theme, town),
      publication: "PUBLISHED",
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertLinkedToCampuses(
    "Formation",
    {
      title: "text",
      diploma: `"DiplomaType"`,
      level: "integer",
      modalities: `"Modality"[]`,
      establishmentId: "text",
      commune: "text",
      state: `"FormationState"`,
      description: "text",
    },
    formations,
  );

  const platforms = Array.from({ length: sizes.platforms }, (_, n) => {
    const theme = rng.pick(THEMES);
    const town = rng.pick(TOWNS);
    return {
      id: id("p", n),
      key: id("p", n),
      slug: id("p", n),
      name: name(`Plateforme ${theme} de ${town}`, n),
      commune: town,
      description: paragraph(rng, 2, theme, town),
      publication: "PUBLISHED",
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertLinkedToCampuses("Platform", { name: "text", commune: "text", description: "text" }, platforms);

  const actions = Array.from({ length: sizes.actions }, (_, n) => {
    const theme = rng.pick(THEMES);
    const town = rng.pick(TOWNS);
    const year = 2016 + Math.floor(rng.next() * 4);
    const month = 1 + Math.floor(rng.next() * 12);
    // One in twenty is a draft: public pages must not show them.
    const isDraft = rng.next() < 0.05;
    return {
      id: id("a", n),
      slug: id("a", n),
      title: name(`${rng.pick(ACTION_KINDS)} ${theme} ${rng.pick(PUBLICS)} à ${town}`, n),
      summary: paragraph(rng, 1, theme, town),
      body: paragraph(rng, 5, theme, town),
      status: rng.pick(STATUSES),
      startDate: `${year}-${String(month).padStart(2, "0")}-01`,
      startPrecision: "MONTH",
      reportYears: String(year),
      audiences: rng.pick(AUDIENCES),
      publication: isDraft ? "DRAFT" : "PUBLISHED",
      publishedAt: isDraft ? null : now,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertRows(
    exec,
    "Action",
    {
      id: "text",
      slug: "text",
      title: "text",
      summary: "text",
      body: "text",
      status: `"ActionStatus"`,
      startDate: "date",
      startPrecision: `"DatePrecision"`,
      reportYears: "integer[]",
      audiences: `"Audience"[]`,
      publication: `"PublicationState"`,
      publishedAt: "timestamp(3)",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
    actions,
  );
  await insertRows(
    exec,
    "ActionCampus",
    { actionId: "text", campusId: "text", isLead: "boolean" },
    actions.map((a, n) => ({ actionId: a.id, campusId: campusFor(n), isLead: true })),
  );
  if (organisations.length) {
    await insertRows(
      exec,
      "ActionPartner",
      { actionId: "text", organisationId: "text" },
      actions.map((a, n) => ({ actionId: a.id, organisationId: organisations[n % organisations.length].id })),
    );
  }

  const funders = organisations.filter((o) => o.kind === "FINANCEUR");
  if (funders.length) {
    await insertRows(
      exec,
      "Funding",
      {
        id: "text",
        key: "text",
        funderId: "text",
        campusId: "text",
        kind: `"FundingKind"`,
        amountEuros: "integer",
        amountBasis: `"AmountBasis"`,
        startYear: "integer",
        endYear: "integer",
        purpose: "text",
        createdAt: "timestamp(3)",
        updatedAt: "timestamp(3)",
      },
      Array.from({ length: sizes.fundings }, (_, n) => {
        const year = 2016 + (n % 4);
        return {
          id: id("fu", n),
          key: id("fu", n),
          funderId: funders[n % funders.length].id,
          campusId: campusFor(n),
          kind: "SUBVENTION",
          amountEuros: 1000 * (1 + Math.floor(rng.next() * 50)),
          amountBasis: "PER_YEAR",
          startYear: year,
          endYear: year + 1,
          purpose: name("Soutien au fonctionnement", n),
          createdAt: now,
          updatedAt: now,
        };
      }),
    );
  }
}
