/**
 * The report's reading order, shared by every renderer: a flat list of
 * numbered headings, Markdown, tables, charts and action entries, following
 * the 2018 edition — title page, table of contents, Résumé, Présentation,
 * Chapitre 1 Positionnement global, Chapitre 2 Les acteurs, Chapitre 3 the
 * campuses, Chapitre 4 Perspectives, annexes.
 *
 * The written parts keep their own sub-headings; the data (instances and
 * meetings, fundings, partners, PFT, criteria, new campuses, indicators) is
 * added under the matching sub-heading, or in a section of its own.
 */
import { ACTION_STATUS_GROUP_LABELS, ACTION_STATUS_ORDER } from "@/lib/labels";
import { formatBeneficiary } from "@/lib/actions/beneficiaries";
import { foldText, slugify } from "@/lib/text/fold";
import { chartDescription, chartTable, indicatorCharts, type BarChart } from "./charts";
import { formatDate, formatNumber } from "@/lib/text/format";
import { editionDateLine } from "./edition-label";
import { joinFrench, plural, statusCount } from "./format";
import { markdownToPlainText, splitAtHeadings } from "./markdown";
import { CAMPUS_SECTIONS, type CampusSectionKey } from "./sections";
import { annexBlocks } from "./annexes";
import type { Indicators, ReportAction, ReportCampus, ReportDocument } from "./types";

export type HeadingLevel = 1 | 2 | 3 | 4;

/** The heading levels the table of contents lists (the PDF outline and the DOCX navigation show all of them). */
export const TOC_DEPTH = 2;

/** An institution behind the campuses on the cover, with its uploaded logo when there is one. */
export type CoverIdentity = { name: string; logo?: { mediaId: string; alt: string } };

/** A campus on the cover: its wordmark (acronym in its colour), or its uploaded logo. */
export type CoverCampus = {
  acronym: string;
  name: string;
  color: string;
  logo?: { mediaId: string; alt: string };
};

export type ReportNode =
  | {
      kind: "title";
      /** The public bodies behind the campuses, as the report names them. */
      identities: CoverIdentity[];
      kicker: string;
      title: string;
      subtitle: string;
      year: number;
      /** « Édition publiée en 2019 », « Version de travail du …, non validée ». */
      lines: string[];
      validated: boolean;
      campuses: CoverCampus[];
    }
  | { kind: "toc"; title: string }
  /** The one-page « Chiffres clés »: big figures, each counting one thing (never units added together). */
  | { kind: "keyFigures"; figures: { value: string; label: string; detail?: string }[] }
  /** A long list of names, set in `columns` columns. */
  | { kind: "columns"; caption: string; items: string[]; columns: number }
  | { kind: "heading"; level: HeadingLevel; text: string; id: string; newPage: boolean }
  | { kind: "markdown"; source: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; caption: string; header: string[]; rows: string[][]; widths: number[] }
  /**
   * A bar chart; its figures are its text alternative (`alt`), the full
   * table is in the data annex, which `note` names.
   */
  | { kind: "chart"; chart: BarChart; label: string; alt: string; note: string }
  | {
      kind: "entry";
      /** Its title's heading level: one below the heading it follows (set when numbering). */
      level: number;
      title: string;
      meta: string;
      summary: string;
      facts: { label: string; value: string }[];
      /** The action's first image (lib/report/action-images.ts draws it). */
      image?: { mediaId: string; alt: string };
    };

/** A heading before numbering: `numbered` headings get « 1 », « 1.2 », « 1.2.3 ». */
type Draft =
  | {
      kind: "heading";
      level: HeadingLevel;
      title: string;
      numbered: boolean;
      newPage?: boolean;
      prefix?: string;
      /** What a `ref:` link in a narrative names: "annex:council-agt", "actions:ti", "chapter:acteurs". */
      anchor?: string;
    }
  | Exclude<ReportNode, { kind: "heading" } | { kind: "entry" }>
  | Omit<Extract<ReportNode, { kind: "entry" }>, "level">;

const CAMPUS_CHAPTER_SECTIONS: CampusSectionKey[] = [
  "strategy",
  "governance",
  "mainActions",
  "results",
  "lessons",
  "outlook",
];

function h(
  level: HeadingLevel,
  title: string,
  numbered = true,
  extra: { newPage?: boolean; prefix?: string; anchor?: string } = {},
): Draft {
  return { kind: "heading", level, title, numbered, ...extra };
}

/**
 * Turns a written part into drafts: its headings shifted so the shallowest
 * becomes `base`, deeper ones follow (at most level 4, which is unnumbered).
 */
function writtenPart(source: string, base: HeadingLevel): Draft[] {
  const parts = splitAtHeadings(source);
  const depths = parts.flatMap((p) => (p.type === "heading" ? [p.depth] : []));
  const top = depths.length ? Math.min(...depths) : 1;
  return parts.map((p) => {
    if (p.type === "body") return { kind: "markdown", source: p.source } as const;
    const level = Math.min(4, base + (p.depth - top)) as HeadingLevel;
    return h(level, p.text, level < 4);
  });
}

/**
 * Adds `nodes` at the end of the section (headed at `level`) whose title
 * contains one of `keywords`, or as a new section titled `fallbackTitle`.
 */
function inject(
  drafts: Draft[],
  level: HeadingLevel,
  keywords: string[],
  fallbackTitle: string,
  nodes: Draft[],
): Draft[] {
  if (nodes.length === 0) return drafts;
  const start = drafts.findIndex(
    (d) =>
      d.kind === "heading" &&
      d.level === level &&
      keywords.some((k) => foldText(d.title).includes(foldText(k))),
  );
  if (start === -1) return [...drafts, h(level, fallbackTitle), ...nodes];
  let end = drafts.findIndex((d, i) => i > start && d.kind === "heading" && d.level <= level);
  if (end === -1) end = drafts.length;
  return [...drafts.slice(0, end), ...nodes, ...drafts.slice(end)];
}

function table(caption: string, header: string[], rows: string[][], widths?: number[]): Draft[] {
  if (rows.length === 0) return [];
  return [{ kind: "table", caption, header, rows, widths: widths ?? header.map(() => 1) }];
}

const list = (items: string[]) => items.join(", ");

export function beneficiariesText(action: ReportAction): string {
  return action.beneficiaries.map(formatBeneficiary).join(" ; ");
}

/** Past this many names, a list is set apart in columns instead of running in a sentence or a cell. */
const LONG_LIST = 10;

function partnerColumns(action: ReportAction): Draft[] {
  const names = action.partners.map((p) => p.name);
  if (names.length <= LONG_LIST) return [];
  return [
    {
      kind: "columns",
      caption: `Les ${names.length} partenaires de l’action « ${action.title} »`,
      items: names,
      columns: 3,
    },
  ];
}

function partnersText(action: ReportAction): string {
  const names = action.partners.map((p) => p.name);
  return names.length > LONG_LIST ? `${names.length} partenaires, listés ci-dessous` : list(names);
}

function actionEntry(action: ReportAction, campus: ReportCampus | null): Draft[] {
  const others = action.campuses
    .filter((c) => !campus || c.slug !== campus.slug)
    .map((c) => `CMQ ${c.acronym}`);
  const meta = [
    action.statusLabel,
    action.period ?? "dates non renseignées",
    others.length ? (campus ? `avec ${joinFrench(others)}` : joinFrench(others)) : null,
  ].filter(Boolean) as string[];
  const facts = [
    { label: "Partenaires", value: partnersText(action) },
    { label: "Bénéficiaires", value: beneficiariesText(action) },
    { label: "Publics", value: list(action.audiences.map((a) => a.label)) },
    { label: "Plateformes technologiques", value: list(action.platforms) },
    { label: "Formations", value: list(action.formations) },
  ].filter((f) => f.value);
  return [
    {
      kind: "entry",
      title: action.title,
      meta: meta.join(" · "),
      summary: action.summary,
      facts,
      ...(action.image ? { image: action.image } : {}),
    },
    ...partnerColumns(action),
  ];
}

export function actionsOfCampus(doc: ReportDocument, slug: string): ReportAction[] {
  return doc.actions.filter((a) => a.campuses.some((c) => c.slug === slug));
}

function indicatorDrafts(
  indicators: Indicators,
  idPrefix: string,
  scopeLabel: string,
  scopeTitle: string,
): Draft[] {
  if (
    indicators.actionsTotal === 0 &&
    indicators.organisationsByKind.length === 0 &&
    indicators.formationsByLevel.length === 0
  ) {
    return [{ kind: "paragraph", text: `Aucun indicateur n’est disponible pour ${scopeLabel}.` }];
  }
  const out: Draft[] = [
    {
      kind: "paragraph",
      text: `${plural(indicators.actionsTotal, "action")} pour ${scopeLabel} : ${joinFrench(
        indicators.actionsByStatus.map((s) => statusCount(s.count, s.key)),
      )}.`,
    },
  ];
  if (indicators.beneficiaries.length)
    out.push({
      kind: "paragraph",
      text: `Bénéficiaires déclarés sur les actions, unité par unité (jamais additionnées) : ${joinFrench(
        indicators.beneficiaries.map(
          (b) => `${formatNumber(b.count)} ${b.label ?? b.unit} (${plural(b.actions, "action")})`,
        ),
      )}.`,
    });
  // Numbered and given their alternative once the whole report is laid out (figures()).
  for (const chart of indicatorCharts(indicators, idPrefix))
    out.push({
      kind: "chart",
      chart: { ...chart, title: `${chart.title} — ${scopeTitle}` },
      label: "",
      alt: "",
      note: "",
    });
  return out;
}

/** A campus's sections, actions and indicators, headed at `base`. */
function campusDrafts(doc: ReportDocument, campus: ReportCampus, base: 2 | 3): Draft[] {
  const sub = (base + 1) as HeadingLevel;
  const out: Draft[] = [];
  // Every campus has the same sections in the same order (3.x.4 is always the
  // same section), a section its campus did not write says so.
  for (const key of CAMPUS_CHAPTER_SECTIONS) {
    const text = campus.narrative[key];
    out.push(h(base, CAMPUS_SECTIONS[key].heading));
    if (text.trim()) out.push(...writtenPart(text, sub));
    else
      out.push({
        kind: "paragraph",
        text: `Cette partie n’est pas renseignée dans le bilan ${doc.year} du CMQ ${campus.acronym}.`,
      });
  }

  const actions = actionsOfCampus(doc, campus.slug);
  out.push(h(base, `Les actions de l’année ${doc.year}`, true, { anchor: `actions:${campus.slug}` }));
  if (actions.length === 0) {
    out.push({ kind: "paragraph", text: `Aucune action publiée n’est rattachée à l’année ${doc.year}.` });
  }
  for (const status of ACTION_STATUS_ORDER) {
    const group = actions.filter((a) => a.status === status);
    if (group.length === 0) continue;
    out.push(h(sub, `${ACTION_STATUS_GROUP_LABELS[status]} (${group.length})`, sub < 4));
    for (const a of group) out.push(...actionEntry(a, campus));
  }

  out.push(
    h(base, `Indicateurs ${doc.year}`),
    ...indicatorDrafts(
      campus.indicators,
      `ind-${campus.slug}`,
      `le CMQ ${campus.acronym}`,
      `CMQ ${campus.acronym}`,
    ),
  );
  return out;
}

function governanceDrafts(doc: ReportDocument, regionalOnly: boolean): Draft[] {
  const instances = doc.governance.instances.filter((i) => !regionalOnly || i.campus === null);
  return [
    ...table(
      regionalOnly ? "Les instances de gouvernance" : "Les instances du campus",
      ["Instance", "Type", "Composition", "Fréquence"],
      instances.map((i) => [i.name, i.kindLabel, markdownToPlainText(i.composition), i.frequency ?? ""]),
      [3, 2, 4, 2],
    ),
    ...table(
      `Les réunions de ${doc.year}`,
      ["Date", "Instance", "Campus", "Lieu", "Objet"],
      doc.governance.meetings.map((m) => [
        m.dateLabel,
        m.instance,
        m.campus ?? "Région",
        m.city ?? "",
        m.title,
      ]),
      [2.2, 3, 1.3, 1.8, 4],
    ),
  ];
}

function fundingDrafts(doc: ReportDocument): Draft[] {
  return table(
    `Les financements de ${doc.year} (et rappel de ${doc.year - 1})`,
    ["Financeur", "Bénéficiaire", "Nature", "Montant", "Période"],
    doc.fundings.map((f) => [f.funder, f.beneficiary, f.kindLabel, f.amountLabel, f.period]),
    [3, 3.2, 1.9, 2, 1.5],
  );
}

function organisationTable(caption: string, rows: ReportDocument["institutions"]): Draft[] {
  return table(
    caption,
    ["Organisation", "Type", "Campus"],
    rows.map((o) => [o.name, o.kindLabel, o.campuses.join(", ")]),
    [4, 2, 2],
  );
}

function platformDrafts(doc: ReportDocument): Draft[] {
  return table(
    doc.platforms.length > 1
      ? `Les ${doc.platforms.length} plateformes technologiques (PFT)`
      : "La plateforme technologique (PFT)",
    ["Plateforme", "Domaine", "Établissement d’accueil", "Campus"],
    doc.platforms.map((p) => [
      p.acronym ? `${p.name} (${p.acronym})` : p.name,
      p.domain ?? "",
      [p.host, p.commune].filter(Boolean).join(", "),
      p.campuses.join(", "),
    ]),
    [4, 3, 3, 1],
  );
}

type ChartDraft = Extract<Draft, { kind: "chart" }>;

function annexDrafts(doc: ReportDocument, charts: ChartDraft[]): Draft[] {
  const out: Draft[] = [];
  let letter = 0;
  const annex = (title: string, anchor: string, newPage = false) =>
    h(2, `Annexe ${String.fromCharCode(65 + letter++)} — ${title}`, false, { anchor, newPage });
  for (const campus of doc.campuses) {
    const actions = actionsOfCampus(doc, campus.slug);
    if (actions.length === 0) continue;
    out.push(annex(`Actions ${doc.year} du CMQ ${campus.acronym}`, `annex:actions-${campus.slug}`));
    for (const status of ACTION_STATUS_ORDER) {
      const group = actions.filter((a) => a.status === status);
      if (group.length === 0) {
        out.push({ kind: "paragraph" as const, text: `${ACTION_STATUS_GROUP_LABELS[status]} : aucune.` });
        continue;
      }
      out.push(
        ...table(
          `${ACTION_STATUS_GROUP_LABELS[status]} — CMQ ${campus.acronym}`,
          ["Action", "Période", "Partenaires", "Bénéficiaires"],
          group.map((a) => [a.title, a.period ?? "", partnersText(a), beneficiariesText(a)]),
          [4, 2, 3, 3],
        ),
        ...group.flatMap(partnerColumns),
      );
    }
  }
  for (const campus of doc.campuses) {
    if (campus.council.length === 0) continue;
    out.push(annex(`Conseil de perfectionnement du CMQ ${campus.acronym}`, `annex:council-${campus.slug}`));
    for (const college of campus.council) {
      if (college.members.length === 0) continue;
      out.push({
        kind: "columns",
        caption: `Collège ${college.label.toLowerCase()} — CMQ ${campus.acronym}`,
        items: college.members,
        columns: college.members.length > 6 ? 2 : 1,
      });
    }
  }
  for (const campus of doc.campuses) {
    for (const a of campus.annexes ?? []) {
      out.push(annex(`${a.title} (CMQ ${campus.acronym})`, `annex:${a.key}`));
      for (const b of annexBlocks(a)) out.push(b.kind === "subheading" ? h(4, b.title, false) : b);
    }
  }
  if (charts.length) {
    // The data tables follow one another from the top of a page.
    out.push(annex("Données des graphiques", "annex:data", true), {
      kind: "paragraph",
      text: "Les chiffres de chaque graphique du rapport, dans l’ordre des figures.",
    });
    for (const c of charts) {
      const t = chartTable(c.chart);
      out.push(...table(`${c.label} — ${c.chart.title}`, t.header, t.rows, [4, 1]));
    }
  }
  return out.length ? [h(1, "Annexes", false, { newPage: true }), ...out] : [];
}

/**
 * The institutions behind every campus, as the report names them (cover),
 * with the key of their organisation (whose uploaded logo the cover shows).
 */
export const COVER_IDENTITIES = [
  { name: "Région académique Bourgogne-Franche-Comté", organisationKey: "rectorat-region-academique" },
  { name: "Région Bourgogne-Franche-Comté", organisationKey: "region-bfc" },
] as const;

function titlePage(doc: ReportDocument): Draft {
  const campus = doc.scope.kind === "campus" ? doc.campuses[0] : null;
  const validated = doc.edition.status === "VALIDATED";
  // The same words as /rapports and the back office, hedge included.
  const status =
    editionDateLine(doc.edition) ?? `Version de travail du ${formatDate(doc.generatedAt)}, non validée`;
  return {
    kind: "title",
    identities: COVER_IDENTITIES.map(({ name, organisationKey }) => {
      const logo = doc.organisationLogos?.[organisationKey];
      return logo ? { name, logo } : { name };
    }),
    kicker: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    title: campus ? `Bilan ${doc.year}` : `Rapport d’activité ${doc.year}`,
    subtitle: campus ? campus.fullName : "Les six Campus des Métiers et des Qualifications de la région",
    year: doc.year,
    lines: [status],
    validated,
    campuses: doc.campuses.map((c) => ({
      acronym: c.acronym,
      name: c.name,
      color: c.color,
      ...(c.logo ? { logo: c.logo } : {}),
    })),
  };
}

const STATUS_COLUMNS = { EN_COURS: "En cours", PROJETEE: "Projetées", TERMINEE: "Terminées" } as const;

/**
 * The one-page « Chiffres clés »: each figure counts one kind of thing —
 * actions, organisations, formations, and beneficiaries unit by unit.
 */
function keyFigures(doc: ReportDocument): Draft[] {
  const ind = doc.indicators;
  const figures: { value: string; label: string; detail?: string }[] = [];
  if (doc.scope.kind === "region")
    figures.push({
      value: formatNumber(doc.campuses.length),
      label: "Campus des Métiers et des Qualifications",
      detail: joinFrench(doc.campuses.map((c) => c.acronym)),
    });
  figures.push({
    value: formatNumber(ind.actionsTotal),
    label: `actions en ${doc.year}`,
    detail: joinFrench(ind.actionsByStatus.map((s) => statusCount(s.count, s.key))),
  });
  for (const b of ind.beneficiaries)
    figures.push({
      value: formatNumber(b.count),
      label: `${b.label ?? b.unit} bénéficiaires`,
      detail: `déclarés sur ${plural(b.actions, "action")}`,
    });
  const organisations = ind.organisationsByKind.reduce((sum, k) => sum + k.count, 0);
  if (organisations)
    figures.push({
      value: formatNumber(organisations),
      label: "organisations partenaires",
      detail: ind.organisationsByKind
        .slice()
        .sort((a, b) => b.count - a.count)
        .slice(0, 3)
        .map((k) => `${formatNumber(k.count)} ${k.label.toLowerCase()}`)
        .join(", "),
    });
  if (doc.platforms.length)
    figures.push({ value: formatNumber(doc.platforms.length), label: "plateformes technologiques" });
  const formations = ind.formationsByLevel.reduce((sum, l) => sum + l.count, 0);
  if (formations) figures.push({ value: formatNumber(formations), label: "formations liées aux actions" });
  if (doc.governance.meetings.length)
    figures.push({
      value: formatNumber(doc.governance.meetings.length),
      label: `réunions d’instances en ${doc.year}`,
    });

  const out: Draft[] = [
    h(1, `Chiffres clés ${doc.year}`, false, { newPage: true }),
    { kind: "keyFigures", figures },
  ];
  if (doc.scope.kind === "region")
    out.push(
      ...table(
        `Les actions ${doc.year} de chaque campus`,
        ["Campus", "Actions", ...ind.actionsByStatus.map((s) => STATUS_COLUMNS[s.key])],
        doc.campuses.map((c) => [
          `CMQ ${c.acronym}`,
          formatNumber(c.indicators.actionsTotal),
          ...c.indicators.actionsByStatus.map((s) => formatNumber(s.count)),
        ]),
        [3, 1, 1, 1, 1],
      ),
    );
  out.push({
    kind: "paragraph",
    text: "Les bénéficiaires sont comptés unité par unité, tels que les actions les déclarent : élèves, établissements ou entreprises ne s’additionnent pas. Une action menée par plusieurs campus compte une fois dans le total régional.",
  });
  return out;
}

function regionDrafts(doc: ReportDocument): Draft[] {
  const region = doc.region!;
  const out: Draft[] = [];

  // The foreword is the coordinator's own summary; the campuses' paragraphs follow the key figures.
  out.push(h(1, "Avant-propos", false, { newPage: true }), ...writtenPart(region.summary, 2));
  out.push(...keyFigures(doc));
  const summaries = doc.campuses.filter((c) => c.narrative.summary.trim());
  if (summaries.length) {
    out.push(h(1, "Les campus en bref", false, { newPage: true }));
    for (const c of summaries)
      out.push(h(2, c.shortName, false), { kind: "markdown", source: c.narrative.summary });
  }

  out.push(
    h(1, "Présentation du rapport d’activité", false, { newPage: true }),
    ...writtenPart(region.presentation, 2),
    {
      // The outline is generated: its chapter numbers are this edition's own.
      kind: "markdown",
      source: `Ce rapport présente [le positionnement global des CMQ](ref:chapter:positionnement), [les acteurs](ref:chapter:acteurs) : financeurs, institutionnels et branches professionnelles impliqués dans les CMQ, [les activités de chaque CMQ](ref:chapter:activites) en ${doc.year} et [les perspectives](ref:chapter:perspectives) pour ${doc.year + 1} et au-delà.`,
    },
  );

  // Chapitre 1
  let ch1 = writtenPart(region.positioning, 2);
  const governance = governanceDrafts(doc, true);
  ch1 = inject(
    ch1,
    2,
    ["gouvernance"],
    "Gouvernance",
    governance.length ? [h(3, `Instances et réunions de ${doc.year}`), ...governance] : [],
  );
  ch1 = inject(ch1, 2, ["communication"], "Outils de communication", [
    ...table(
      "Les campus et leurs coordonnées",
      ["Campus", "Structure porteuse", "Site", "Adresse électronique"],
      doc.campuses.map((c) => [c.shortName, c.porteur ?? "", c.siteUrl ?? "", c.email]),
      [3, 3, 3, 3],
    ),
  ]);
  out.push(
    h(1, "Positionnement global", true, {
      newPage: true,
      prefix: "Chapitre",
      anchor: "chapter:positionnement",
    }),
    ...ch1,
  );

  // Chapitre 2
  let ch2 = writtenPart(region.actors, 2);
  ch2 = inject(ch2, 2, ["financeur", "financement"], "Les financeurs", fundingDrafts(doc));
  ch2 = inject(
    ch2,
    2,
    ["institutionnel"],
    "Les institutionnels",
    organisationTable("Les acteurs institutionnels liés aux campus", doc.institutions),
  );
  ch2 = inject(
    ch2,
    2,
    ["branche", "filiere"],
    "Les filières et branches professionnelles",
    organisationTable("Branches, OPCA et pôles liés aux campus", doc.branches),
  );
  ch2 = inject(
    ch2,
    2,
    ["plate-forme", "plateforme", "pft"],
    "Les plateformes technologiques",
    platformDrafts(doc),
  );
  out.push(
    h(1, "Les acteurs", true, { newPage: true, prefix: "Chapitre", anchor: "chapter:acteurs" }),
    ...ch2,
  );

  // Chapitre 3
  out.push(
    h(1, "Activités des Campus des Métiers et des Qualifications", true, {
      newPage: true,
      prefix: "Chapitre",
      anchor: "chapter:activites",
    }),
  );
  out.push({
    kind: "paragraph",
    text: `Ce chapitre présente les activités ${doc.year} des Campus des Métiers et des Qualifications (CMQ) : ${joinFrench(
      doc.campuses.map((c) => `${c.acronym} (${c.name})`),
    )}. Pour chacun : son bilan rédigé, puis ses actions de l’année par statut, avec leurs dates, partenaires et bénéficiaires, et ses indicateurs.`,
  });
  // Every campus opens a page (the first one follows the chapter's introduction).
  doc.campuses.forEach((c, i) =>
    out.push(
      h(2, c.shortName, true, { anchor: `campus:${c.slug}`, newPage: i > 0 }),
      ...campusDrafts(doc, c, 3),
    ),
  );
  out.push(
    h(2, `Synthèse régionale des indicateurs ${doc.year}`),
    ...indicatorDrafts(doc.indicators, "ind-region", "l’ensemble des campus", "ensemble des campus"),
  );

  // Chapitre 4
  let ch4 = writtenPart(region.outlook, 2);
  ch4 = inject(
    ch4,
    2,
    ["cahier des charges", "critere"],
    "Les critères de labellisation",
    doc.criteria.flatMap((c) => [h(3, `${c.number}. ${c.title}`, false), ...writtenPart(c.body, 4)]),
  );
  ch4 = inject(
    ch4,
    2,
    ["nouveau campus", "nouveaux campus"],
    "Nouveaux campus",
    doc.newCampuses.flatMap((p) => [h(3, p.title, false), ...writtenPart(p.body, 4)]),
  );
  // Each campus's own outlook is in its chapter 3 section.
  out.push(
    h(1, "Perspectives", true, { newPage: true, prefix: "Chapitre", anchor: "chapter:perspectives" }),
    ...ch4,
  );

  return out;
}

function campusScopeDrafts(doc: ReportDocument): Draft[] {
  const campus = doc.campuses[0];
  const out: Draft[] = [];
  if (campus.narrative.summary.trim())
    out.push(h(1, "Résumé", false, { newPage: true }), ...writtenPart(campus.narrative.summary, 2));
  out.push(...keyFigures(doc));
  out.push(
    h(1, `Activités du ${campus.shortName}`, true, {
      newPage: true,
      prefix: "Chapitre",
      anchor: `campus:${campus.slug}`,
    }),
    ...campusDrafts(doc, campus, 2),
  );

  const actors: Draft[] = [];
  const governance = governanceDrafts(doc, false);
  if (governance.length) actors.push(h(2, "Gouvernance"), ...governance);
  const fundings = fundingDrafts(doc);
  if (fundings.length) actors.push(h(2, "Les financeurs"), ...fundings);
  const partners = [
    ...organisationTable("Les acteurs institutionnels", doc.institutions),
    ...organisationTable("Branches, OPCA et pôles", doc.branches),
  ];
  if (partners.length) actors.push(h(2, "Institutionnels, filières et branches"), ...partners);
  const platforms = platformDrafts(doc);
  if (platforms.length) actors.push(h(2, "Les plateformes technologiques"), ...platforms);
  if (actors.length)
    out.push(h(1, "Gouvernance et acteurs", true, { newPage: true, prefix: "Chapitre" }), ...actors);

  return out;
}

/**
 * Numbers the headings (« Chapitre 1 — … », « 1.2 … », « 1.2.3 … »), gives
 * each an id, and records how a reference to an anchored heading reads in
 * this document (« chapitre 2 », « annexe H », « voir 3.6.7 »).
 */
function number(drafts: Draft[]): { nodes: ReportNode[]; references: Map<string, Reference> } {
  const counters = [0, 0, 0];
  const ids = new Set<string>();
  const references = new Map<string, Reference>();
  let inNumberedChapter = false;
  /** The level of the last heading: the next one is at most one deeper (no level is skipped). */
  let previous = 0;
  const nodes = drafts.map((draft): ReportNode => {
    if (draft.kind === "entry") return { ...draft, level: Math.min(6, previous + 1) };
    if (draft.kind !== "heading") return draft;
    const d = { ...draft, level: Math.min(draft.level, previous + 1) as HeadingLevel };
    previous = d.level;
    if (d.level === 1) inNumberedChapter = d.numbered;
    let text = d.title;
    let reference: string | null = null;
    if (d.numbered && d.level <= 3 && inNumberedChapter) {
      counters[d.level - 1] += 1;
      for (let i = d.level; i < 3; i++) counters[i] = 0;
      const num = counters.slice(0, d.level).join(".");
      text = d.level === 1 ? `${d.prefix ?? "Chapitre"} ${num} — ${d.title}` : `${num} ${d.title}`;
      reference = d.level === 1 ? `${(d.prefix ?? "Chapitre").toLowerCase()} ${num}` : `voir ${num}`;
    }
    const annex = /^Annexe ([A-Z]) —/u.exec(d.title);
    if (annex) reference = `annexe ${annex[1]}`;
    let id = slugify(text, 60) || "section";
    for (let n = 2; ids.has(id); n++) id = `${slugify(text, 60)}-${n}`;
    ids.add(id);
    if (d.anchor && reference) references.set(d.anchor, { text: reference, id });
    return { kind: "heading", level: d.level, text, id, newPage: d.newPage ?? false };
  });
  return { nodes, references };
}

/** A `[texte](ref:cible)` link of a narrative: what it names and where. */
const REFERENCE_LINK = /\[([^\]\n]+)\]\(ref:([a-z0-9:-]+)\)/giu;

/** How a reference to an anchored heading reads in this document (« annexe H »), and the heading's id. */
export type Reference = { text: string; id: string };

/**
 * Writes the references of a narrative for this document: a link to the
 * heading, « [texte (annexe H)](#id) », when the target is in it, the bare
 * text when it is not — a reference never points outside the document it is
 * printed in.
 */
export function resolveReferences(source: string, references: Map<string, Reference>): string {
  return source.replace(REFERENCE_LINK, (_, text: string, target: string) => {
    const reference = references.get(target);
    return reference ? `[${text} (${reference.text})](#${reference.id})` : text;
  });
}

/** Numbers the charts (« Figure 3 ») and gives each its text alternative. */
function figures(body: Draft[]): ChartDraft[] {
  const charts = body.filter((d): d is ChartDraft => d.kind === "chart");
  charts.forEach((c, i) => {
    c.label = `Figure ${i + 1}`;
    c.alt = `${c.label} — ${chartDescription(c.chart)}`;
    c.note = `Données : [tableau « ${c.label} »](ref:annex:data).`;
  });
  return charts;
}

/** The report as the list of nodes every renderer draws in order. */
export function layoutReport(doc: ReportDocument): ReportNode[] {
  const body = doc.scope.kind === "region" ? regionDrafts(doc) : campusScopeDrafts(doc);
  const charts = figures(body);
  const { nodes, references } = number([
    titlePage(doc),
    { kind: "toc", title: "Sommaire" },
    ...body,
    ...annexDrafts(doc, charts),
  ]);
  return nodes.map((n) =>
    n.kind === "markdown"
      ? { ...n, source: resolveReferences(n.source, references) }
      : n.kind === "chart"
        ? { ...n, note: resolveReferences(n.note, references) }
        : n,
  );
}

/** The file name of an export: « rapport-activite-cmq-2018.pdf », « bilan-2018-cmq-ti.docx ». */
export function reportFileName(doc: Pick<ReportDocument, "year" | "scope">, extension: string): string {
  return doc.scope.kind === "campus"
    ? `bilan-${doc.year}-cmq-${doc.scope.slug}.${extension}`
    : `rapport-activite-cmq-bfc-${doc.year}.${extension}`;
}
