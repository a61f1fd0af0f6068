/**
 * Loads content/ into the database, upserting by stable keys (organisation
 * key, campus slug, action key…). Idempotent: a record is written only when
 * its content differs, so a second run changes nothing.
 *
 * `npm start` runs it by itself on an empty database; `npm run db:seed`
 * re-applies content/ over the records it manages (records created in the
 * back office are left alone).
 */
import type { PrismaClient } from "../generated/prisma/client";
import { db as defaultDb } from "../db";
import { parsePartialDate } from "../dates/partial-date";
import { actionSnapshotInclude, toSnapshot } from "../actions/snapshot";
import { actionColumns, writeActionRelations, type ActionRelations } from "../actions/store";
import { stableStringify } from "../actions/diff";
import { hashPassword } from "../auth/password";
import { resolveDatabaseConfig, wantsDemoUsers } from "../db/config";
import { freezeEdition } from "../report/freeze";
import { loadContent, type Content } from "./load";
import { formatCount, plural } from "@/lib/text/plural";

export const CAMPUS_ORDER = ["agt", "amf", "itip", "mma", "msi", "ti"] as const;
export const DEFAULT_DEMO_PASSWORD = "cmq-bfc-2018";
export const COORDINATOR_EMAIL = "coordination@cmq-bfc.org";

const RELATION_FIELDS = [
  "campuses",
  "beneficiaries",
  "partners",
  "links",
  "formationIds",
  "platformIds",
] as const satisfies (keyof ActionRelations)[];

/** The writes that replace the campuses an entry is linked to. */
type CampusSet = { deleteMany: object; create: { campusId: string }[] };

/**
 * What the seed needs of a Prisma model whose entries have a unique `key`
 * and a `campuses` join (platform, formation), `Data` being its columns.
 */
type CampusLinkedModel<Data> = {
  findUnique(args: { where: { key: string } }): Promise<{ id: string } | null>;
  create(args: { data: Data }): Promise<{ id: string }>;
  update(args: { where: { id: string }; data: Partial<Data> | { campuses: CampusSet } }): Promise<{ id: string }>;
};

type Counts = { created: number; updated: number; unchanged: number };
export type SeedResult = { counts: Record<string, Counts>; summary: string };

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a as object);
    return (
      ka.length === Object.keys(b as object).length && ka.every((k) => same((a as never)[k], (b as never)[k]))
    );
  }
  return (a ?? null) === (b ?? null);
}

/** Fields of `data` whose value differs from `row`. */
function changed<T extends Record<string, unknown>>(row: Record<string, unknown>, data: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(data)) if (!same(row[k], v)) (out as Record<string, unknown>)[k] = v;
  return out;
}

function toDate(value: string | null | undefined) {
  const p = value ? parsePartialDate(value) : null;
  return { date: p?.date ?? null, precision: p?.precision ?? null };
}

export async function seedDatabase(
  options: { db?: PrismaClient; content?: Content; demoUsers?: boolean } = {},
): Promise<SeedResult> {
  const db = options.db ?? defaultDb;
  const content = options.content ?? loadContent();
  const demoUsers = options.demoUsers ?? wantsDemoUsers(resolveDatabaseConfig());
  const counts: Record<string, Counts> = {};
  const tally = (kind: string, outcome: keyof Counts) => {
    counts[kind] ??= { created: 0, updated: 0, unchanged: 0 };
    counts[kind][outcome] += 1;
  };

  /** Generic find → compare → create/update. */
  async function reconcile<R extends { id: string }>(
    kind: string,
    find: () => Promise<R | null>,
    data: Record<string, unknown>,
    create: (data: Record<string, unknown>) => Promise<R>,
    update: (id: string, data: Record<string, unknown>) => Promise<R>,
  ): Promise<R> {
    const row = await find();
    if (!row) {
      tally(kind, "created");
      return create(data);
    }
    const diff = changed(row as unknown as Record<string, unknown>, data);
    if (Object.keys(diff).length === 0) {
      tally(kind, "unchanged");
      return row;
    }
    tally(kind, "updated");
    return update(row.id, diff);
  }

  // ── organisations
  const orgId = new Map<string, string>();
  for (const o of content.organisations) {
    const data = {
      key: o.key,
      slug: o.key,
      name: o.name,
      acronym: o.acronym ?? null,
      kind: o.kind,
      website: o.website ?? null,
      city: o.city ?? null,
      departement: o.departement ?? null,
      description: o.description ?? null,
    };
    const row = await reconcile(
      "organisations",
      () => db.organisation.findUnique({ where: { key: o.key } }),
      data,
      (d) => db.organisation.create({ data: { ...(d as typeof data), publication: "PUBLISHED" } }),
      (id, d) => db.organisation.update({ where: { id }, data: d }),
    );
    orgId.set(o.key, row.id);
  }
  const org = (key: string | null | undefined) => (key ? (orgId.get(key) ?? null) : null);

  // ── campuses, their axes, social links, roles and organisation links
  const campusId = new Map<string, string>();
  const axisId = new Map<string, string>(); // "<slug>:<axis key>"
  for (const c of content.campuses) {
    const data = {
      slug: c.slug,
      acronym: c.acronym,
      name: c.name,
      alias: c.alias ?? null,
      sectors: c.sectors,
      labelYear: c.labelYear,
      porteurId: org(c.porteur),
      legalForm: c.legalForm,
      plannedLegalForm: c.plannedLegalForm ?? null,
      plannedChange: c.plannedChange ?? null,
      email: c.email,
      siteUrl: c.siteUrl ?? null,
      color: c.color,
      presentation: c.presentation,
      strategy: c.strategy,
      governanceNotes: c.governanceNotes,
      position: CAMPUS_ORDER.indexOf(c.slug),
    };
    const campus = await reconcile(
      "campuses",
      () => db.campus.findUnique({ where: { slug: c.slug } }),
      data,
      (d) => db.campus.create({ data: d as typeof data }),
      (id, d) => db.campus.update({ where: { id }, data: d }),
    );
    campusId.set(c.slug, campus.id);

    for (const [position, a] of c.axes.entries()) {
      const axis = await reconcile(
        "axes",
        () => db.campusAxis.findUnique({ where: { campusId_key: { campusId: campus.id, key: a.key } } }),
        { campusId: campus.id, key: a.key, position, title: a.title, description: a.description ?? null },
        (d) => db.campusAxis.create({ data: d as never }),
        (id, d) => db.campusAxis.update({ where: { id }, data: d }),
      );
      axisId.set(`${c.slug}:${a.key}`, axis.id);
    }
    for (const [position, l] of c.socialLinks.entries()) {
      await reconcile(
        "socialLinks",
        () =>
          db.campusSocialLink.findUnique({
            where: { campusId_network: { campusId: campus.id, network: l.network } },
          }),
        { campusId: campus.id, network: l.network, url: l.url, position },
        (d) => db.campusSocialLink.create({ data: d as never }),
        (id, d) => db.campusSocialLink.update({ where: { id }, data: d }),
      );
    }
    for (const r of c.roles) {
      await reconcile(
        "roles",
        () => db.roleAssignment.findUnique({ where: { key: r.key } }),
        {
          key: r.key,
          campusId: campus.id,
          role: r.role,
          personName: r.personName ?? null,
          note: r.note ?? null,
          organisationId: org(r.organisation),
        },
        (d) => db.roleAssignment.create({ data: d as never }),
        (id, d) => db.roleAssignment.update({ where: { id }, data: d }),
      );
    }
    for (const link of c.organisations) {
      const organisationId = org(link.organisation)!;
      await reconcile(
        "campusOrganisations",
        () =>
          db.campusOrganisation.findUnique({
            where: { campusId_organisationId: { campusId: campus.id, organisationId } },
          }),
        {
          campusId: campus.id,
          organisationId,
          roles: link.roles,
          councilCollege: link.councilCollege ?? null,
          note: link.note ?? null,
        },
        (d) => db.campusOrganisation.create({ data: d as never }),
        (id, d) => db.campusOrganisation.update({ where: { id }, data: d }),
      );
    }
  }
  const campus = (slug: string) => campusId.get(slug)!;

  for (const r of content.governance.regionalRoles) {
    await reconcile(
      "roles",
      () => db.roleAssignment.findUnique({ where: { key: r.key } }),
      {
        key: r.key,
        campusId: null,
        role: r.role,
        personName: r.personName ?? null,
        note: r.note ?? null,
        organisationId: org(r.organisation),
      },
      (d) => db.roleAssignment.create({ data: d as never }),
      (id, d) => db.roleAssignment.update({ where: { id }, data: d }),
    );
  }

  /** Replaces the campuses an entry is linked to when (and only when) they differ. */
  async function syncSet(
    kind: string,
    linked: { campusId: string }[],
    wanted: string[],
    replace: (campuses: CampusSet) => Promise<unknown>,
  ) {
    const current = linked.map((l) => l.campusId);
    if (same([...current].sort(), [...wanted].sort())) return;
    tally(kind, current.length === 0 ? "created" : "updated");
    await replace({ deleteMany: {}, create: wanted.map((campusId) => ({ campusId })) });
  }

  /**
   * Reconciles an entry found by its key (a platform, a formation), then the
   * set of campuses it is linked to; `linked` reads that set from the join table.
   */
  async function reconcileCampusEntry<Data extends { key: string }>(
    kinds: { entry: string; campusLinks: string },
    model: CampusLinkedModel<NoInfer<Data>>,
    data: Data,
    campusSlugs: string[],
    linked: (id: string) => Promise<{ campusId: string }[]>,
  ): Promise<{ id: string }> {
    const row = await reconcile(
      kinds.entry,
      () => model.findUnique({ where: { key: data.key } }),
      data,
      (d) => model.create({ data: d as Data }),
      (id, d) => model.update({ where: { id }, data: d as Partial<Data> }),
    );
    await syncSet(kinds.campusLinks, await linked(row.id), campusSlugs.map(campus), (campuses) =>
      model.update({ where: { id: row.id }, data: { campuses } }),
    );
    return row;
  }

  // ── plateformes technologiques
  const platformId = new Map<string, string>();
  for (const [position, p] of content.platforms.entries()) {
    const data = {
      key: p.key,
      slug: p.key,
      name: p.name,
      acronym: p.acronym ?? null,
      domain: p.domain ?? null,
      isLabelled: p.isLabelled ?? null,
      hostId: org(p.host),
      commune: p.commune ?? null,
      departement: p.departement ?? null,
      description: p.description,
      position,
    };
    const row = await reconcileCampusEntry(
      { entry: "platforms", campusLinks: "platformCampuses" },
      db.platform,
      data,
      p.campuses,
      (id) => db.platformCampus.findMany({ where: { platformId: id } }),
    );
    platformId.set(p.key, row.id);
  }

  // ── formations
  const formationId = new Map<string, string>();
  for (const f of content.formations) {
    const data = {
      key: f.key,
      slug: f.key,
      title: f.title,
      diploma: f.diploma,
      level: f.level ?? null,
      modalities: f.modalities,
      establishmentId: org(f.establishment),
      commune: f.commune ?? null,
      departement: f.departement ?? null,
      rncp: f.rncp ?? null,
      cfd: f.cfd ?? null,
      state: f.state,
      description: f.description,
    };
    const row = await reconcileCampusEntry(
      { entry: "formations", campusLinks: "formationCampuses" },
      db.formation,
      data,
      f.campuses,
      (id) => db.formationCampus.findMany({ where: { formationId: id } }),
    );
    formationId.set(f.key, row.id);
  }

  // ── actions (slug: the key without its lead-campus prefix, unless that collides)
  const shortSlug = (key: string, lead: string) =>
    key.startsWith(`${lead}-`) ? key.slice(lead.length + 1) : key;
  const shortCounts = new Map<string, number>();
  for (const a of content.actions) {
    const s = shortSlug(a.key, a.campuses[0]);
    shortCounts.set(s, (shortCounts.get(s) ?? 0) + 1);
  }
  const actionId = new Map<string, string>();
  for (const a of content.actions) {
    const s = shortSlug(a.key, a.campuses[0]);
    const data = {
      seedKey: a.key,
      ...actionColumns({
        title: a.title,
        slug: shortCounts.get(s) === 1 ? s : a.key,
        summary: a.summary,
        body: a.body,
        source: a.source,
        status: a.status,
        start: a.start ?? null,
        end: a.end ?? null,
        reportYears: [...a.reportYears].sort(),
        audiences: a.audiences,
      }),
    };
    let created = false;
    const row = await reconcile(
      "actions",
      () => db.action.findUnique({ where: { seedKey: a.key } }),
      data,
      (d) => {
        created = true;
        return db.action.create({
          data: { ...(d as typeof data), publication: "PUBLISHED", publishedAt: new Date() },
        });
      },
      (id, d) => db.action.update({ where: { id }, data: { ...d, version: { increment: 1 } } }),
    );
    actionId.set(a.key, row.id);
    const id = row.id;

    // The relations, in the order a snapshot lists them, so that equal sets compare equal.
    const relations: ActionRelations = {
      campuses: a.campuses
        .map((slug, i) => ({
          campusId: campus(slug),
          axisId: a.axes?.[slug] ? (axisId.get(`${slug}:${a.axes[slug]}`) ?? null) : null,
          isLead: i === 0,
        }))
        .sort((x, y) => Number(y.isLead) - Number(x.isLead) || x.campusId.localeCompare(y.campusId)),
      beneficiaries: a.beneficiaries.map((b) => ({
        count: b.count,
        unit: b.unit,
        detail: b.detail ?? null,
        audience: b.audience ?? null,
      })),
      partners: a.partners
        .map((p) => ({ organisationId: org(p.organisation)!, role: p.role ?? null }))
        .sort((x, y) => x.organisationId.localeCompare(y.organisationId)),
      links: a.links.map((l) => ({ label: l.label, url: l.url })),
      formationIds: a.formations.map((k) => formationId.get(k)!).sort(),
      platformIds: a.platforms.map((k) => platformId.get(k)!).sort(),
    };
    const stored = toSnapshot(
      await db.action.findUniqueOrThrow({ where: { id }, include: actionSnapshotInclude }),
    );
    const relationsChanged = RELATION_FIELDS.some(
      (field) => stableStringify(stored[field]) !== stableStringify(relations[field]),
    );
    if (relationsChanged) await db.$transaction((tx) => writeActionRelations(tx, id, relations));

    if (created || relationsChanged) {
      // Keep the history complete: every seeded state is a revision.
      const full = await db.action.findUniqueOrThrow({ where: { id }, include: actionSnapshotInclude });
      let version = full.version;
      if (await db.actionRevision.findUnique({ where: { actionId_version: { actionId: id, version } } })) {
        version += 1; // only relations changed: the new state still needs its own version
        await db.action.update({ where: { id }, data: { version } });
      }
      await db.actionRevision.create({
        data: { actionId: id, version, kind: created ? "CREATE" : "UPDATE", snapshot: toSnapshot(full) },
      });
    }
  }

  // ── fundings
  for (const f of content.fundings) {
    await reconcile(
      "fundings",
      () => db.funding.findUnique({ where: { key: f.key } }),
      {
        key: f.key,
        funderId: org(f.funder)!,
        campusId: f.campus ? campus(f.campus) : null,
        platformId: f.platform ? (platformId.get(f.platform) ?? null) : null,
        actionId: f.action ? (actionId.get(f.action) ?? null) : null,
        kind: f.kind,
        amountEuros: f.amountEuros ?? null,
        amountBasis: f.amountBasis ?? null,
        startYear: f.startYear,
        endYear: f.endYear,
        isIndicative: f.isIndicative,
        purpose: f.purpose,
      },
      (d) => db.funding.create({ data: d as never }),
      (id, d) => db.funding.update({ where: { id }, data: d }),
    );
  }

  // ── governance
  const instanceId = new Map<string, string>();
  for (const [position, i] of content.governance.instances.entries()) {
    const row = await reconcile(
      "instances",
      () => db.governanceInstance.findUnique({ where: { key: i.key } }),
      {
        key: i.key,
        name: i.name,
        kind: i.kind,
        scope: i.campus ? "CAMPUS" : "REGIONAL",
        campusId: i.campus ? campus(i.campus) : null,
        description: i.description,
        composition: i.composition,
        frequency: i.frequency ?? null,
        position,
      },
      (d) => db.governanceInstance.create({ data: d as never }),
      (id, d) => db.governanceInstance.update({ where: { id }, data: d }),
    );
    instanceId.set(i.key, row.id);
  }
  for (const m of content.governance.meetings) {
    const d = toDate(m.date);
    await reconcile(
      "meetings",
      () => db.meeting.findUnique({ where: { key: m.key } }),
      {
        key: m.key,
        instanceId: instanceId.get(m.instance)!,
        campusId: m.campus ? campus(m.campus) : null,
        date: d.date,
        datePrecision: d.precision,
        city: m.city ?? null,
        title: m.title,
        description: m.description,
      },
      (data) => db.meeting.create({ data: data as never }),
      (id, data) => db.meeting.update({ where: { id }, data }),
    );
  }

  // ── annual report texts
  for (const r of content.campusReports) {
    const cid = campus(r.campus);
    await reconcile(
      "campusReports",
      () => db.campusReport.findUnique({ where: { campusId_year: { campusId: cid, year: r.year } } }),
      {
        campusId: cid,
        year: r.year,
        summary: r.summary,
        strategy: r.strategy,
        governance: r.governance,
        mainActions: r.mainActions,
        results: r.results,
        lessons: r.lessons,
        outlook: r.outlook,
        annexes: r.annexes,
      },
      (d) => db.campusReport.create({ data: d as never }),
      (id, d) => db.campusReport.update({ where: { id }, data: d }),
    );
  }
  const editionsToFreeze: { id: string; year: number }[] = [];
  for (const r of content.regionReports) {
    const isNew = !(await db.reportEdition.findUnique({ where: { year: r.year }, select: { id: true } }));
    const edition = await reconcile(
      "reportEditions",
      () => db.reportEdition.findUnique({ where: { year: r.year } }),
      {
        year: r.year,
        summary: r.summary,
        presentation: r.presentation,
        positioning: r.positioning,
        actors: r.actors,
        outlook: r.outlook,
        publishedOn: r.publishedOn ?? null,
        publishedNote: r.publishedNote ?? null,
      },
      (d) => db.reportEdition.create({ data: d as never }),
      (id, d) => db.reportEdition.update({ where: { id }, data: d }),
    );
    if (isNew && r.published) editionsToFreeze.push({ id: edition.id, year: r.year });
    for (const c of r.criteria) {
      await reconcile(
        "criteria",
        () =>
          db.labellingCriterion.findUnique({
            where: { editionId_number: { editionId: edition.id, number: c.number } },
          }),
        { editionId: edition.id, number: c.number, title: c.title, body: c.body },
        (d) => db.labellingCriterion.create({ data: d as never }),
        (id, d) => db.labellingCriterion.update({ where: { id }, data: d }),
      );
    }
    for (const [position, p] of r.newCampuses.entries()) {
      await reconcile(
        "campusProjects",
        () =>
          db.campusProject.findUnique({ where: { editionId_key: { editionId: edition.id, key: p.key } } }),
        { editionId: edition.id, key: p.key, title: p.title, body: p.body, position },
        (d) => db.campusProject.create({ data: d as never }),
        (id, d) => db.campusProject.update({ where: { id }, data: d }),
      );
    }
  }

  // ── demo accounts (embedded database, or SEED_DEMO_USERS=1)
  if (demoUsers) {
    const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
    let passwordHash: string | undefined;
    const accounts = [
      ...content.campuses.map((c) => ({
        email: `do.${c.slug}@cmq-bfc.org`,
        name: `Direction opérationnelle ${c.acronym}`,
        role: "DO" as const,
        campusId: campus(c.slug),
      })),
      {
        email: COORDINATOR_EMAIL,
        name: "Coordination régionale",
        role: "COORDINATOR" as const,
        campusId: null,
      },
    ];
    for (const account of accounts) {
      const existing = await db.user.findUnique({ where: { email: account.email } });
      if (existing) {
        tally("demoUsers", "unchanged");
        continue;
      }
      passwordHash ??= await hashPassword(password);
      await db.user.create({ data: { ...account, passwordHash } });
      tally("demoUsers", "created");
    }
  }

  // Last, once every action is in: a published edition is frozen as the report it was.
  for (const edition of editionsToFreeze) {
    await freezeEdition(db, edition, {
      userId: null,
      name: null,
      kind: "publish",
    });
    tally("validatedEditions", "created");
  }

  const total = Object.values(counts).reduce(
    (acc, c) => ({
      created: acc.created + c.created,
      updated: acc.updated + c.updated,
      unchanged: acc.unchanged + c.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );
  return {
    counts,
    summary: `Seed : ${formatCount(total.created, plural("créé"))}, ${total.updated} mis à jour, ${formatCount(total.unchanged, plural("inchangé"))}.`,
  };
}
