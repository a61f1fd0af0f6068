/**
 * Benchmark of the annual report export (`npm run bench:report`).
 *
 * Two throwaway embedded databases (PGlite in a temporary folder, removed
 * at the end), both migrated and seeded with the 2018 content:
 *   1. the 2018 data as seeded — budget: each export under 2 s;
 *   2. the same year made ten times larger (every 2018 action, organisation,
 *      platform, formation, funding and meeting copied nine more times, and
 *      every written section ten times longer) — budget: 10 × 2 s.
 * Each export (read the data + render) runs once to warm up, then the
 * median of RUNS runs is printed against its budget, with the median CPU
 * time of the process (the embedded database runs in it too): on a machine
 * shared with other work, the wall time grows with the load, the CPU time
 * much less. It measures; it does not fail the build (no timing assertions
 * in tests).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import { createAdapter } from "../lib/db/adapter";
import { applyMigrations } from "../lib/db/migrations";
import { seedDatabase } from "../lib/content/seed";
import { loadReportDocument } from "../lib/report/assemble";
import { renderReport, type ReportFormat } from "../lib/report/export";

const YEAR = 2018;
const RUNS = Number(process.env.BENCH_RUNS || 3);
const BUDGET_MS = 2000;
const FORMATS: ReportFormat[] = ["pdf", "docx", "md", "csv"];

type Db = PrismaClient;

async function openDatabase(label: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `cmq-bench-${label}-`));
  const config = { kind: "pglite" as const, dataDir: path.join(dir, "pglite") };
  await applyMigrations(config);
  const adapter = createAdapter(config);
  const db = new PrismaClient({ adapter: adapter.factory });
  await seedDatabase({ db, demoUsers: false });
  // The seed validates the published 2018 edition, whose exports then read
  // its frozen snapshot. Measured here: the working edition, whose exports
  // assemble the document from the data (the slower path, and the one the
  // ten-times-larger dataset weighs on).
  await db.reportEdition.update({
    where: { year: YEAR },
    data: { status: "DRAFT", validatedAt: null, validatedById: null, snapshot: Prisma.DbNull },
  });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await adapter.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Copies the year's data `copies` more times, and makes every written section `copies + 1` times longer. */
async function scaleUp(db: Db, copies: number) {
  const orgs = await db.organisation.findMany();
  const campusOrgs = await db.campusOrganisation.findMany();
  const platforms = await db.platform.findMany({ include: { campuses: true } });
  const formations = await db.formation.findMany({ include: { campuses: true } });
  const actions = await db.action.findMany({
    where: { reportYears: { has: YEAR } },
    include: { campuses: true, beneficiaries: true, partners: true, platforms: true, formations: true },
  });
  const fundings = await db.funding.findMany();
  const meetings = await db.meeting.findMany();

  for (let k = 1; k <= copies; k++) {
    const id = (base: string) => `${base}-x${k}`;
    await db.organisation.createMany({
      data: orgs.map(({ sortKey: _s, kindRank: _k, ...o }) => ({
        ...o,
        id: id(o.id),
        key: id(o.key),
        slug: id(o.slug),
        name: `${o.name} ${k + 1}`,
      })),
    });
    await db.campusOrganisation.createMany({
      data: campusOrgs.map((l) => ({ ...l, id: id(l.id), organisationId: id(l.organisationId) })),
    });
    await db.platform.createMany({
      data: platforms.map(({ campuses: _c, sortKey: _s, ...p }) => ({
        ...p,
        id: id(p.id),
        key: id(p.key),
        slug: id(p.slug),
        name: `${p.name} ${k + 1}`,
        hostId: p.hostId ? id(p.hostId) : null,
      })),
    });
    await db.platformCampus.createMany({
      data: platforms.flatMap((p) => p.campuses.map((c) => ({ platformId: id(p.id), campusId: c.campusId }))),
    });
    await db.formation.createMany({
      data: formations.map(({ campuses: _c, sortKey: _s, ...f }) => ({
        ...f,
        id: id(f.id),
        key: id(f.key),
        slug: id(f.slug),
        establishmentId: f.establishmentId ? id(f.establishmentId) : null,
      })),
    });
    await db.formationCampus.createMany({
      data: formations.flatMap((f) =>
        f.campuses.map((c) => ({ formationId: id(f.id), campusId: c.campusId })),
      ),
    });
    await db.action.createMany({
      data: actions.map(
        ({
          campuses: _c,
          beneficiaries: _b,
          partners: _p,
          platforms: _pl,
          formations: _f,
          // Columns the database computes (sort keys) are not copied.
          sortKey: _s,
          listStatus: _ls,
          listDate: _ld,
          ...a
        }) => ({
          ...a,
          id: id(a.id),
          seedKey: null,
          slug: id(a.slug),
          title: `${a.title} (${k + 1})`,
        }),
      ),
    });
    await db.actionCampus.createMany({
      data: actions.flatMap((a) => a.campuses.map((c) => ({ ...c, actionId: id(a.id) }))),
    });
    await db.actionBeneficiary.createMany({
      data: actions.flatMap((a) => a.beneficiaries.map((b) => ({ ...b, id: id(b.id), actionId: id(a.id) }))),
    });
    await db.actionPartner.createMany({
      data: actions.flatMap((a) =>
        a.partners.map((p) => ({ ...p, actionId: id(a.id), organisationId: id(p.organisationId) })),
      ),
    });
    await db.actionPlatform.createMany({
      data: actions.flatMap((a) =>
        a.platforms.map((p) => ({ actionId: id(a.id), platformId: id(p.platformId) })),
      ),
    });
    await db.actionFormation.createMany({
      data: actions.flatMap((a) =>
        a.formations.map((f) => ({ actionId: id(a.id), formationId: id(f.formationId) })),
      ),
    });
    await db.funding.createMany({
      data: fundings.map((f) => ({
        ...f,
        id: id(f.id),
        key: id(f.key),
        funderId: id(f.funderId),
        actionId: f.actionId ? id(f.actionId) : null,
        platformId: f.platformId ? id(f.platformId) : null,
      })),
    });
    await db.meeting.createMany({
      data: meetings.map((m) => ({ ...m, id: id(m.id), key: id(m.key), title: `${m.title} (${k + 1})` })),
    });
  }

  const times = (text: string) => Array.from({ length: copies + 1 }, () => text).join("\n\n");
  for (const r of await db.campusReport.findMany({ where: { year: YEAR } })) {
    await db.campusReport.update({
      where: { id: r.id },
      data: {
        strategy: times(r.strategy),
        governance: times(r.governance),
        mainActions: times(r.mainActions),
        results: times(r.results),
        lessons: times(r.lessons),
        outlook: times(r.outlook),
      },
    });
  }
  const edition = await db.reportEdition.findUniqueOrThrow({ where: { year: YEAR } });
  await db.reportEdition.update({
    where: { id: edition.id },
    data: {
      presentation: times(edition.presentation),
      positioning: times(edition.positioning),
      actors: times(edition.actors),
      outlook: times(edition.outlook),
    },
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(db: Db, label: string, budgetMs: number) {
  const actions = await db.action.count({ where: { reportYears: { has: YEAR }, publication: "PUBLISHED" } });
  console.log(`\n${label} — ${actions} actions en ${YEAR}, budget ${budgetMs} ms par export`);
  console.log("format  médiane    min      max      CPU        taille     verdict");
  let allWithin = true;
  for (const format of FORMATS) {
    const timings: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    for (let run = 0; run <= RUNS; run++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const doc = await loadReportDocument({ year: YEAR }, db);
      const file = await renderReport(doc!, format, db);
      const elapsed = performance.now() - t;
      const used = process.cpuUsage(c);
      size = file.body.byteLength;
      // run 0 warms up (fonts, JIT)
      if (run > 0) {
        timings.push(elapsed);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    const m = median(timings);
    const ok = m <= budgetMs;
    allWithin &&= ok;
    console.log(
      `${format.padEnd(7)} ${`${m.toFixed(0)} ms`.padEnd(10)} ${`${Math.min(...timings).toFixed(0)} ms`.padEnd(8)} ${`${Math.max(...timings).toFixed(0)} ms`.padEnd(8)} ${`${median(cpu).toFixed(0)} ms`.padEnd(10)} ${`${(size / 1024).toFixed(0)} Kio`.padEnd(10)} ${ok ? "dans le budget" : "HORS BUDGET"}`,
    );
  }
  return allWithin;
}

/**
 * A validated edition's DOCX, built once when the edition is validated and then stored (lib/report/files.ts):
 * its contents' page numbers are laid out as Word would. Printed for information: it is not a download's
 * cost, so it has no budget.
 */
async function measureStoredDocx(db: Db) {
  const doc = await loadReportDocument({ year: YEAR }, db);
  const t = performance.now();
  const c = process.cpuUsage();
  const file = await renderReport(doc!, "docx", db, { contentsPageNumbers: true });
  const used = process.cpuUsage(c);
  console.log(
    `docx publié (sommaire avec numéros de page, construit une fois à la validation) : ${(performance.now() - t).toFixed(0)} ms, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, ${(file.body.byteLength / 1024).toFixed(0)} Kio`,
  );
}

async function main() {
  console.log(`Benchmark de l'export du rapport annuel (${RUNS} mesures après un échauffement, PGlite)`);
  const base = await openDatabase("2018");
  let ok: boolean;
  try {
    ok = await measure(base.db, "Données 2018 telles que chargées", BUDGET_MS);
    await measureStoredDocx(base.db);
  } finally {
    await base.close();
  }

  const large = await openDatabase("x10");
  try {
    const t = performance.now();
    await scaleUp(large.db, 9);
    console.log(`\nJeu synthétique ×10 généré en ${((performance.now() - t) / 1000).toFixed(1)} s`);
    ok = (await measure(large.db, "Jeu synthétique dix fois plus grand", BUDGET_MS * 10)) && ok;
  } finally {
    await large.close();
  }
  console.log(ok ? "\nTous les exports sont dans leur budget." : "\nAu moins un export dépasse son budget.");
  // A missed budget is a failure of the benchmark run (not of `npm test`, which asserts behaviour only).
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
