/**
 * The report campaign on a real database: who may export what (anonymous,
 * DO of the campus, DO of another campus, coordinator × every format), who
 * may write which text, validation freezing the edition (an action edited
 * afterwards does not change the export), reopening with a traced reason,
 * and public downloads of validated editions only.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { REPORT_FORMATS, type ReportFormat } from "@/lib/report/export";
import {
  openCampaign,
  reopenEdition,
  reviewSection,
  saveCampusChapter,
  saveRegionParts,
  setCampaignDeadline,
  submitChapter,
  validateEdition,
} from "@/lib/report/mutations";
import {
  getCampaign,
  getCampusChapterForm,
  getPublicReportExport,
  getRegionPartsForm,
  getReportExport,
  listValidatedEditions,
} from "@/lib/report/queries";
import { getCampusYearReport, listCampusReportYears } from "@/lib/campuses/queries";
import { getFrozenCampusYear } from "@/lib/report/public";
import { isCampusSlug } from "@/lib/site/campuses";
import { listReportYears } from "@/lib/report/queries";
import { editionDateLine } from "@/lib/report/edition-label";

const FORMATS = Object.keys(REPORT_FORMATS) as ReportFormat[];

async function sessionUser(email: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    include: { campus: { select: { slug: true } } },
  });
  const slug = u.campus?.slug ?? null;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    campusId: u.campusId,
    campusSlug: slug && isCampusSlug(slug) ? slug : null,
  };
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe("the 2018 edition, published, as seeded", () => {
  it("is validated from the first start: public Bilan and downloads; reopened, its drafts leave the public site", async () => {
    const edition = await db.reportEdition.findUniqueOrThrow({
      where: { year: 2018 },
      include: { events: true },
    });
    expect([edition.status, edition.validatedById]).toEqual(["VALIDATED", null]);
    expect(edition.events.map((e) => [e.kind, e.userId, e.reason])).toEqual([["publish", null, null]]);
    // The report states no date: the year is a deduction, said as such; no file path anywhere.
    expect(edition.publishedOn).toBe("2019");
    expect(edition.publishedNote).toBe(
      "date déduite, le document n’étant pas daté : il annonce la présentation des activités 2018 à la commission « Formation Professionnelle » du CREFOP du 7 février 2019",
    );
    expect(editionDateLine(edition)).toBe(
      "Édition publiée en 2019 (date déduite, le document n’étant pas daté : il annonce la présentation des activités 2018 à la commission « Formation Professionnelle » du CREFOP du 7 février 2019)",
    );
    expect(JSON.stringify(edition)).not.toMatch(/content\//);
    // The snapshot (the cover's data) carries the same dating.
    const snapshot = edition.snapshot as { edition: Record<string, unknown> };
    expect(snapshot.edition).toMatchObject({ publishedOn: "2019", publishedNote: edition.publishedNote });
    expect(await listValidatedEditions()).toEqual([
      {
        year: 2018,
        validatedAt: edition.validatedAt,
        publishedOn: "2019",
        publishedNote: edition.publishedNote,
      },
    ]);
    // The back office's campaign: the published edition, its sections validated.
    const campaign = await getCampaign(await sessionUser("coordination@cmq-bfc.org"), 2018);
    expect(campaign.edition).toMatchObject({ opened: true, status: "VALIDATED", deadline: null });
    const ti = campaign.campuses.find((c) => c.slug === "ti")!;
    expect(ti.states.VALIDATED).toBe(ti.sectionsWritten);
    expect(ti.states.TO_WRITE).toBe(7 - ti.sectionsWritten);
    expect((await getPublicReportExport({ year: 2018, format: "pdf" })).ok).toBe(true);
    expect(await listCampusReportYears("ti")).toEqual([2018]);
    const bilan = (await getCampusYearReport("ti", 2018))!;
    expect(bilan.sections.map((s) => s.key)).toContain("summary");
    expect(bilan.actionCount).toBeGreaterThan(10);

    // The campaign below rewrites 2018: reopened, nothing of it is public until validated again.
    const coordinator = await sessionUser("coordination@cmq-bfc.org");
    expect(
      (
        await reopenEdition(coordinator, {
          year: 2018,
          reason: "Campagne de test : réécriture des textes 2018.",
        })
      ).ok,
    ).toBe(true);
    expect(await getCampusYearReport("ti", 2018)).toBeNull();
    expect(await listCampusReportYears("ti")).toEqual([]);
    expect((await getPublicReportExport({ year: 2018, format: "pdf" })).ok).toBe(false);
  });
});

describe("export authorization", () => {
  it("refuses anonymous visitors, and lets a DO export only their own campus", async () => {
    const coordinator = await sessionUser("coordination@cmq-bfc.org");
    const doTi = await sessionUser("do.ti@cmq-bfc.org");
    const matrix: [string, SessionUser | null, string | null, number | "ok"][] = [
      ["anonyme, région", null, null, 401],
      ["anonyme, campus", null, "ti", 401],
      ["DO TI, son campus", doTi, "ti", "ok"],
      ["DO TI, sans campus", doTi, null, 403],
      ["DO TI, autre campus", doTi, "agt", 403],
      ["DO TI, campus inconnu", doTi, "xyz", 404],
      ["coordination, région", coordinator, null, "ok"],
      ["coordination, un campus", coordinator, "agt", "ok"],
    ];
    for (const format of FORMATS) {
      for (const [label, user, campus, expected] of matrix) {
        const result = await getReportExport(user, { year: 2018, format, campus });
        expect(result.ok ? "ok" : result.status, `${label} (${format})`).toBe(expected);
        if (result.ok) {
          expect(result.file.contentType).toBe(REPORT_FORMATS[format].contentType);
          expect(result.file.fileName).toBe(
            campus ? `bilan-2018-cmq-${campus}.${format}` : `rapport-activite-cmq-bfc-2018.${format}`,
          );
          expect(result.file.body.byteLength).toBeGreaterThan(1000);
        }
      }
    }
  }, 120_000);

  it("gives a DO only their campus's actions, and 404 for a year without any report", async () => {
    const doTi = await sessionUser("do.ti@cmq-bfc.org");
    const result = await getReportExport(doTi, { year: 2018, format: "csv", campus: "ti" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = text(result.file.body).trimEnd().split("\r\n").slice(1);
    const ti = await db.action.count({
      where: {
        reportYears: { has: 2018 },
        publication: "PUBLISHED",
        campuses: { some: { campus: { slug: "ti" } } },
      },
    });
    expect(rows).toHaveLength(ti);
    // TI leads the action (first column) or is among the other campuses (second column).
    expect(rows.every((r) => /^"TI";|^"[A-Z]+";"[^"]*\bTI\b/.test(r))).toBe(true);
    const none = await getReportExport(await sessionUser("coordination@cmq-bfc.org"), {
      year: 2031,
      format: "pdf",
    });
    expect(none.ok ? 200 : none.status).toBe(404);
  });
});

describe("writing the texts", () => {
  it("lets a DO write their campus's sections, never another campus's or the regional parts", async () => {
    const doTi = await sessionUser("do.ti@cmq-bfc.org");
    const form = await getCampusChapterForm(doTi, "ti", 2018);
    expect(form?.sections.summary).toContain("CMQ TI");
    expect(await getCampusChapterForm(doTi, "agt", 2018)).toBeNull();
    expect(await getRegionPartsForm(doTi, 2018)).toBeNull();

    const saved = await saveCampusChapter(doTi, {
      ...form!.sections,
      campus: "ti",
      year: "2018",
      version: form!.version,
      lessons: "Un enseignement **nouveau** du CMQ TI.",
    });
    expect(saved).toEqual({ ok: true, message: "Le bilan 2018 du CMQ TI est enregistré." });
    const row = await db.campusReport.findFirstOrThrow({ where: { year: 2018, campus: { slug: "ti" } } });
    expect(row.lessons).toBe("Un enseignement **nouveau** du CMQ TI.");
    expect(row.updatedById).toBe(doTi.id);
    const log = await db.auditLog.findFirstOrThrow({
      where: { entityType: "report", entityId: row.id },
      orderBy: { at: "desc" },
    });
    expect(log).toMatchObject({ userId: doTi.id, operation: "update", campusId: row.campusId });
    expect(log.summary).toContain("enseignements et points de vigilance");

    // Another campus, by a forged slug: refused, nothing written.
    const agtBefore = await db.campusReport.findFirstOrThrow({
      where: { year: 2018, campus: { slug: "agt" } },
    });
    const forged = await saveCampusChapter(doTi, {
      campus: "agt",
      year: 2018,
      version: agtBefore.version,
      summary: "Piraté",
    });
    expect(forged.ok ? "ok" : forged.reason).toBe("forbidden");
    expect((await db.campusReport.findUniqueOrThrow({ where: { id: agtBefore.id } })).summary).toBe(
      agtBefore.summary,
    );

    const region = await saveRegionParts(doTi, { year: 2018, summary: "Piraté" });
    expect(region.ok ? "ok" : region.reason).toBe("forbidden");
  });

  it("refuses a save based on an outdated version (conflict) and rejects invalid input", async () => {
    const doMsi = await sessionUser("do.msi@cmq-bfc.org");
    const form = (await getCampusChapterForm(doMsi, "msi", 2018))!;
    const stale = await saveCampusChapter(doMsi, {
      ...form.sections,
      campus: "msi",
      year: 2018,
      version: form.version + 5,
    });
    expect(stale.ok ? "ok" : stale.reason).toBe("conflict");
    const tooLong = await saveCampusChapter(doMsi, {
      campus: "msi",
      year: 2018,
      version: form.version,
      summary: "x".repeat(30_001),
    });
    expect(tooLong.ok || tooLong.reason !== "invalid" ? "ok" : tooLong.fieldErrors.summary).toContain(
      "dépasse",
    );
  });

  it("shows the coordinator the completeness of every campus and a DO only theirs", async () => {
    const coordinator = await sessionUser("coordination@cmq-bfc.org");
    const all = await getCampaign(coordinator, 2018);
    expect(all.campuses.map((c) => c.slug)).toEqual(["agt", "amf", "itip", "mma", "msi", "ti"]);
    const ti = all.campuses.find((c) => c.slug === "ti")!;
    expect(ti.actions.total).toBeGreaterThan(10);
    expect(ti.actions.byStatus.reduce((s, r) => s + r.count, 0)).toBe(ti.actions.total);
    expect(ti.actions.missingDates.length).toBeGreaterThan(0);
    expect(all.edition.parts.every((p) => p.written)).toBe(true);
    const mine = await getCampaign(await sessionUser("do.amf@cmq-bfc.org"), 2018);
    expect(mine.campuses.map((c) => c.slug)).toEqual(["amf"]);
  });
});

describe("validation and reopening", () => {
  it("freezes the edition: an action edited after validation does not change the export", async () => {
    const coordinator = await sessionUser("coordination@cmq-bfc.org");
    const doTi = await sessionUser("do.ti@cmq-bfc.org");
    expect((await getPublicReportExport({ year: 2018, format: "pdf" })).ok).toBe(false);
    expect(await getCampusYearReport("ti", 2018)).toBeNull();

    const denied = await validateEdition(doTi, { year: 2018 });
    expect(denied.ok ? "ok" : denied.reason).toBe("forbidden");

    const validated = await validateEdition(coordinator, { year: 2018 });
    expect(validated.ok).toBe(true);
    const edition = await db.reportEdition.findUniqueOrThrow({
      where: { year: 2018 },
      include: { events: true },
    });
    expect(edition.status).toBe("VALIDATED");
    expect(edition.validatedById).toBe(coordinator.id);
    expect(edition.events.sort((a, b) => a.at.getTime() - b.at.getTime()).map((e) => e.kind)).toEqual([
      "publish",
      "reopen",
      "validate",
    ]);
    expect(await listValidatedEditions()).toEqual([
      { year: 2018, validatedAt: edition.validatedAt, publishedOn: null, publishedNote: null },
    ]);

    const exportAs = async (format: ReportFormat, campus: string | null = null) => {
      const r = await getReportExport(coordinator, { year: 2018, format, campus });
      if (!r.ok) throw new Error(r.message);
      return text(r.file.body);
    };
    const mdBefore = await exportAs("md");
    const csvBefore = await exportAs("csv");
    const tiBefore = await exportAs("md", "ti");
    expect(mdBefore).toContain("Édition validée le");

    // The DO edits an action of the year after validation.
    const action = await db.action.findFirstOrThrow({ where: { title: "Salon Get-Smart" } });
    await db.action.update({
      where: { id: action.id },
      data: { title: "Salon Get-Smart (titre modifié après validation)", status: "TERMINEE" },
    });

    expect(await exportAs("md")).toBe(mdBefore);
    expect(await exportAs("csv")).toBe(csvBefore);
    expect(await exportAs("md", "ti")).toBe(tiBefore);
    const publicPdf = await getPublicReportExport({ year: 2018, format: "md", campus: "ti" });
    expect(publicPdf.ok && text(publicPdf.file.body)).toBe(tiBefore);
    // The public Bilan page reads the same frozen view.
    const frozenYear = (await getFrozenCampusYear("ti", 2018))!;
    const frozenTitles = frozenYear.groups.flatMap((g) => g.actions.map((a) => `${g.status}|${a.title}`));
    expect(frozenTitles).toContain("EN_COURS|Salon Get-Smart");
    expect(frozenTitles.some((t) => t.includes("modifié après validation"))).toBe(false);
    expect(frozenYear.sections.map((s) => s.key)).toContain("summary");
    const bilan = (await getCampusYearReport("ti", 2018))!;
    const bilanTitles = bilan.groups.flatMap((g) => g.actions.map((a) => a.title));
    expect(bilanTitles).toContain("Salon Get-Smart");
    expect(bilanTitles.some((t) => t.includes("modifié après validation"))).toBe(false);

    // Texts are frozen too.
    const form = (await getCampusChapterForm(doTi, "ti", 2018))!;
    expect(form.editionStatus).toBe("VALIDATED");
    const frozen = await saveCampusChapter(doTi, {
      ...form.sections,
      campus: "ti",
      year: 2018,
      version: form.version,
      outlook: "Nouveau",
    });
    expect(frozen).toMatchObject({ ok: false, reason: "conflict", message: expect.stringContaining("figé") });
    const regionFrozen = await saveRegionParts(coordinator, { year: 2018, version: 1, summary: "Nouveau" });
    expect(regionFrozen).toMatchObject({
      ok: false,
      reason: "conflict",
      message: expect.stringContaining("figé"),
    });

    // Reopening needs a reason, and is traced.
    const noReason = await reopenEdition(coordinator, { year: 2018, reason: "" });
    expect(noReason.ok || noReason.reason !== "invalid" ? "ok" : noReason.fieldErrors.reason).toContain(
      "raison",
    );
    expect((await reopenEdition(doTi, { year: 2018, reason: "Je voudrais corriger." })).ok).toBe(false);
    const reopened = await reopenEdition(coordinator, {
      year: 2018,
      reason: "Correction demandée par le CMQ TI après relecture.",
    });
    expect(reopened.ok).toBe(true);
    const events = await db.editionEvent.findMany({
      where: { editionId: edition.id },
      orderBy: { at: "asc" },
    });
    expect(events.slice(-2).map((e) => [e.kind, e.reason, e.userId])).toEqual([
      ["validate", null, coordinator.id],
      ["reopen", "Correction demandée par le CMQ TI après relecture.", coordinator.id],
    ]);
    const audit = await db.auditLog.findMany({
      where: { entityType: "report", entityId: edition.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.operation)).toEqual(["reopen", "validate", "reopen"]);
    const campaign = await getCampaign(coordinator, 2018);
    expect(campaign.edition.events.map((e) => e.kind).slice(0, 2)).toEqual(["reopen", "validate"]);

    // Reopened: exports are live again (the edited action shows), public downloads and the Bilan page are gone.
    expect(await exportAs("md")).toContain("Salon Get-Smart (titre modifié après validation)");
    expect((await getPublicReportExport({ year: 2018, format: "pdf" })).ok).toBe(false);
    expect(await getFrozenCampusYear("ti", 2018)).toBeNull();
    expect(await getCampusYearReport("ti", 2018)).toBeNull();
  }, 120_000);
});

describe("the years of the campaign", () => {
  it("are every year with data and the next one, to open its campaign", async () => {
    expect(await listReportYears(new Date("2026-12-06"))).toEqual([2019, 2018]);
  });
});

describe("opening the next campaign and its deadline", () => {
  it("opens once per year with a chapter per campus, audited; only the coordinator; the deadline is a real, future day", async () => {
    const coordinator = await sessionUser("coordination@cmq-bfc.org");
    const doTi = await sessionUser("do.ti@cmq-bfc.org");
    const now = new Date("2026-12-06T10:00:00Z");
    expect(await openCampaign(doTi, { year: 2019 }, now)).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await db.reportEdition.findUnique({ where: { year: 2019 } })).toBeNull();

    expect(await openCampaign(coordinator, { year: 2019 }, now)).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /^La campagne 2019 est ouverte : 6\s+bilans de campus à rédiger, sans date limite\.$/,
      ),
    });
    expect(await db.campusReport.count({ where: { year: 2019 } })).toBe(6);
    expect(await openCampaign(coordinator, { year: 2019 }, now)).toEqual({
      ok: true,
      message: "La campagne 2019 est déjà ouverte : rien n'a changé.",
    });
    expect(await db.campusReport.count({ where: { year: 2019 } })).toBe(6);
    const edition = await db.reportEdition.findUniqueOrThrow({ where: { year: 2019 } });
    expect(await db.auditLog.count({ where: { entityId: edition.id, operation: "open" } })).toBe(1);

    expect(await setCampaignDeadline(doTi, { year: 2019, deadline: "2027-03-31" }, now)).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect(await setCampaignDeadline(coordinator, { year: 2019, deadline: "2027-02-30" }, now)).toMatchObject(
      {
        ok: false,
        fieldErrors: {
          deadline: "Cette date n’existe pas\u00A0: saisissez une date valide, par exemple 31/03/2027.",
        },
      },
    );
    expect(await setCampaignDeadline(coordinator, { year: 2019, deadline: "2026-12-05" }, now)).toMatchObject(
      {
        ok: false,
        fieldErrors: { deadline: expect.stringMatching(/^La date limite ne peut pas être passée/) },
      },
    );
    expect(await setCampaignDeadline(coordinator, { year: 2019, deadline: "2027-03-31" }, now)).toEqual({
      ok: true,
      message: "La date limite du rapport 2019 est le 31 mars 2027.",
    });
    const set = await db.reportEdition.findUniqueOrThrow({ where: { year: 2019 } });
    expect(set.deadline?.toISOString().slice(0, 10)).toBe("2027-03-31");
  });
});

describe("the progress of the campuses' sections", () => {
  it("goes from à rédiger to en cours, soumise, validée; an edit asks for a new submission; each side only does its part", async () => {
    const coordinator = await sessionUser("coordination@cmq-bfc.org");
    const doTi = await sessionUser("do.ti@cmq-bfc.org");
    const doAmf = await sessionUser("do.amf@cmq-bfc.org");
    const now = new Date("2026-12-06T10:00:00Z");
    // Not open yet: nothing to submit.
    expect(await submitChapter(doTi, { campus: "ti", year: 2020 })).toMatchObject({ reason: "not_found" });
    expect((await openCampaign(coordinator, { year: 2019 }, now)).ok).toBe(true);
    const states = async (user: SessionUser) =>
      (await getCampaign(user, 2019, now)).campuses.find((c) => c.slug === "ti")!.states;
    expect(await states(doTi)).toEqual({ TO_WRITE: 7, IN_PROGRESS: 0, SUBMITTED: 0, VALIDATED: 0 });

    const empty = { strategy: "", governance: "", mainActions: "", results: "", lessons: "", outlook: "" };
    const save = (version: number, summary: string, strategy = "") =>
      saveCampusChapter(doTi, { campus: "ti", year: 2019, version, ...empty, summary, strategy });
    expect((await save(1, "Résumé 2019 du campus.", "Stratégie 2019.")).ok).toBe(true);
    expect(await states(doTi)).toEqual({ TO_WRITE: 5, IN_PROGRESS: 2, SUBMITTED: 0, VALIDATED: 0 });

    // Submitting: the DO of the campus (not another campus's), every written section at once.
    expect(await submitChapter(doAmf, { campus: "ti", year: 2019 })).toMatchObject({ reason: "forbidden" });
    expect(await submitChapter(doTi, { campus: "ti", year: 2019 })).toMatchObject({ ok: true });
    expect(await states(doTi)).toEqual({ TO_WRITE: 5, IN_PROGRESS: 0, SUBMITTED: 2, VALIDATED: 0 });
    expect(await submitChapter(doTi, { campus: "ti", year: 2019 })).toMatchObject({ reason: "conflict" });

    // Reviewing: the coordinator only.
    const validate = { campus: "ti", year: 2019, section: "summary", decision: "validate" };
    expect(await reviewSection(doTi, validate)).toMatchObject({ reason: "forbidden" });
    expect(await reviewSection(coordinator, validate)).toEqual({
      ok: true,
      message: "La section « Résumé » du CMQ TI est validée.",
    });
    expect(await reviewSection(coordinator, { ...validate, section: "lessons" })).toMatchObject({
      reason: "conflict",
    });
    expect(await states(coordinator)).toEqual({ TO_WRITE: 5, IN_PROGRESS: 0, SUBMITTED: 1, VALIDATED: 1 });
    const form = (await getCampusChapterForm(doTi, "ti", 2019))!;
    expect([form.states.summary, form.states.strategy, form.states.results]).toEqual([
      "VALIDATED",
      "SUBMITTED",
      "TO_WRITE",
    ]);

    // An edited section is back in progress; the other keeps its state.
    expect((await save(2, "Résumé 2019 du campus, revu.", "Stratégie 2019.")).ok).toBe(true);
    expect(await states(doTi)).toEqual({ TO_WRITE: 5, IN_PROGRESS: 1, SUBMITTED: 1, VALIDATED: 0 });
    expect(
      await reviewSection(coordinator, { ...validate, section: "strategy", decision: "return" }),
    ).toMatchObject({ ok: true });
    expect(await states(doTi)).toEqual({ TO_WRITE: 5, IN_PROGRESS: 2, SUBMITTED: 0, VALIDATED: 0 });

    // Every write of the progress is audited on the campus.
    const chapter = await db.campusReport.findFirstOrThrow({ where: { year: 2019, campus: { slug: "ti" } } });
    const operations = (
      await db.auditLog.findMany({ where: { entityId: chapter.id }, orderBy: { at: "asc" } })
    ).map((a) => a.operation);
    expect(operations).toEqual(["update", "submit", "validate-section", "update", "return-section"]);

    // A DO reads their own campus only.
    expect((await getCampaign(doAmf, 2019, now)).campuses.map((c) => c.slug)).toEqual(["amf"]);
    expect(await getCampusChapterForm(doAmf, "ti", 2019)).toBeNull();
  });
});
