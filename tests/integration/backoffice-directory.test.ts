import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getActionForEdit } from "@/lib/actions/backoffice-queries";
import { updateAction } from "@/lib/actions/mutations";
import {
  changeOrganisationPublication,
  createOrganisation,
  updateOrganisation,
} from "@/lib/organisations/mutations";
import { changeFormationPublication, createFormation, updateFormation } from "@/lib/formations/mutations";
import { createPlatform, updatePlatform } from "@/lib/platforms/mutations";
import { createFunding, deleteFunding, updateFunding } from "@/lib/fundings/mutations";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/governance/mutations";
import { organisationFormValues } from "@/lib/organisations/schema";
import { formationFormValues } from "@/lib/formations/schema";
import { platformFormValues } from "@/lib/platforms/schema";
import { fundingFormValues } from "@/lib/fundings/schema";
import { meetingFormValues } from "@/lib/governance/schema";
import { campusFormValues } from "@/lib/campuses/schema";
import type { Submitted } from "@/lib/server-action/state";
import type { Result } from "@/lib/result";
import { createAxis, deleteAxis, updateCampus } from "@/lib/campuses/mutations";
import { listDeletedRecords, restoreDeletedRecord } from "@/lib/audit/restore";
import { listAuditEntries } from "@/lib/audit/backoffice-queries";
import { listArchives } from "@/lib/actions/archives";
import { campusIdOf, coordinator, doOf } from "./backoffice-support";

describe("every seeded action opens in the form and saves unchanged", () => {
  it("round-trips all actions of the 2018 report without a change or an error", async () => {
    const coord = await coordinator();
    const ids = await db.action.findMany({ select: { id: true } });
    for (const { id } of ids) {
      const edit = await getActionForEdit(coord, id);
      const result = await updateAction(coord, id, edit!.version, edit!.values);
      expect(result, id).toMatchObject({ ok: true, changed: false });
    }
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("the coordinator's directories", () => {
  it("validates an organisation proposed by a DO, archives and restores it (never deleted)", async () => {
    const coord = await coordinator();
    const proposal = await db.organisation.create({
      data: {
        key: "proposee",
        slug: "proposee",
        name: "Proposée par un DO",
        kind: "ENTREPRISE",
        publication: "DRAFT",
      },
    });
    expect(await changeOrganisationPublication(coord, proposal.id, "publish")).toMatchObject({ ok: true });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: proposal.id } })).publication).toBe(
      "PUBLISHED",
    );
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: proposal.id } })).operation).toBe(
      "validate",
    );
    expect(await changeOrganisationPublication(coord, proposal.id, "archive")).toMatchObject({ ok: true });
    const archived = await db.organisation.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(archived.archivedAt).not.toBeNull();
    expect((await listArchives(coord)).organisations.map((o) => o.id)).toContain(proposal.id);
    expect(await changeOrganisationPublication(coord, proposal.id, "restore")).toMatchObject({ ok: true });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      publication: "DRAFT",
      archivedAt: null,
    });
  });

  it("refuses every directory write to a DO, with nothing written", async () => {
    const ti = await doOf("ti");
    const org = await db.organisation.findFirstOrThrow();
    const before = await db.auditLog.count();
    expect(await createOrganisation(ti, { name: "Intrus", kind: "ENTREPRISE" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await updateOrganisation(ti, org.id, { name: "Intrus", kind: "ENTREPRISE" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await changeOrganisationPublication(ti, org.id, "archive")).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await updateCampus(ti, "ti", {})).toEqual({ ok: false, reason: "forbidden" });
    expect(await createFunding(ti, {})).toEqual({ ok: false, reason: "forbidden" });
    expect(await listAuditEntries(ti, {})).toBeNull();
    expect(await db.auditLog.count()).toBe(before);
  });

  it("creates a formation and a PFT attached to campuses, and archives the formation", async () => {
    const coord = await coordinator();
    const ti = await campusIdOf("ti");
    const formation = await createFormation(coord, {
      title: "BTS Systèmes numériques",
      diploma: "BTS",
      level: "5",
      modalities: ["SCOLAIRE", "APPRENTISSAGE"],
      state: "OUVERTE",
      commune: "Dijon",
      departement: "21",
      rncp: "35340",
      campusIds: [ti],
    });
    if (!formation.ok) throw new Error(JSON.stringify(formation));
    expect(
      await db.formation.findUniqueOrThrow({ where: { id: formation.id }, include: { campuses: true } }),
    ).toMatchObject({ key: "bts-systemes-numeriques", rncp: "RNCP35340", campuses: [{ campusId: ti }] });
    expect(await changeFormationPublication(coord, formation.id, "archive")).toMatchObject({ ok: true });
    const platform = await createPlatform(coord, {
      name: "Plateforme de test",
      isLabelled: "oui",
      campusIds: [ti],
    });
    expect(platform).toMatchObject({ ok: true });
  });

  it("keeps a deleted funding line and meeting in the audit log and restores them with their id", async () => {
    const coord = await coordinator();
    const funder = await db.organisation.findFirstOrThrow({ where: { key: "region-bfc" } });
    const funding = await createFunding(coord, {
      funderId: funder.id,
      campusId: await campusIdOf("amf"),
      kind: "SUBVENTION",
      amountEuros: "5000",
      amountBasis: "TOTAL",
      startYear: "2026",
      endYear: "2026",
      purpose: "Forum des métiers 2026",
    });
    if (!funding.ok) throw new Error(JSON.stringify(funding));
    const instance = await db.governanceInstance.findFirstOrThrow();
    const meeting = await createMeeting(coord, {
      instanceId: instance.id,
      date: "12/03/2026",
      city: "Dijon",
      title: "Comité de pilotage de printemps",
    });
    if (!meeting.ok) throw new Error(JSON.stringify(meeting));
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      datePrecision: "DAY",
    });

    await deleteFunding(coord, funding.id);
    await deleteMeeting(coord, meeting.id);
    expect(await db.funding.findUnique({ where: { id: funding.id } })).toBeNull();
    const deleted = await listDeletedRecords(coord);
    expect(deleted.map((d) => d.entityId)).toEqual(expect.arrayContaining([funding.id, meeting.id]));
    for (const d of deleted.filter((x) => [funding.id, meeting.id].includes(x.entityId)))
      expect(await restoreDeletedRecord(coord, d.auditId)).toMatchObject({ ok: true });
    expect(await db.funding.findUniqueOrThrow({ where: { id: funding.id } })).toMatchObject({
      purpose: "Forum des métiers 2026",
      amountEuros: 5000,
    });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      title: "Comité de pilotage de printemps",
    });
    expect((await listDeletedRecords(coord)).some((d) => d.entityId === funding.id)).toBe(false);
  });

  it("lists every deletion of the last 30 days, however many, and older ones within the first 200", async () => {
    const coord = await coordinator();
    const now = new Date();
    const day = 24 * 3600 * 1000;
    const deletion = (n: number, at: Date) => ({
      userId: coord.id,
      entityType: "meeting",
      entityId: `deleted-meeting-${n}`,
      operation: "delete",
      summary: `Réunion ${n} supprimée`,
      before: { title: `Réunion ${n}` },
      at,
    });
    // 230 deletions spread over the last 29 days, and one two months ago.
    await db.auditLog.createMany({
      data: [
        ...Array.from({ length: 230 }, (_, n) => deletion(n, new Date(now.getTime() - (n / 230) * 29 * day))),
        deletion(999, new Date(now.getTime() - 60 * day)),
      ],
    });
    const listed = new Set((await listDeletedRecords(coord, now)).map((d) => d.entityId));
    expect(Array.from({ length: 230 }, (_, n) => `deleted-meeting-${n}`).every((id) => listed.has(id))).toBe(
      true,
    );
    expect(listed.has("deleted-meeting-999")).toBe(false);
    await db.auditLog.deleteMany({ where: { entityId: { startsWith: "deleted-meeting-" } } });
  });

  it("edits a campus and its axes, every change in the audit log with its campus", async () => {
    const coord = await coordinator();
    const campus = await db.campus.findUniqueOrThrow({ where: { slug: "msi" } });
    const result = await updateCampus(coord, "msi", {
      version: String(campus.version),
      name: campus.name,
      alias: "",
      sectors: campus.sectors.join("\n"),
      labelYear: String(campus.labelYear),
      legalForm: campus.legalForm,
      plannedLegalForm: "",
      plannedChange: "",
      email: campus.email,
      siteUrl: campus.siteUrl,
      presentation: `${campus.presentation}\n\nMis à jour.`,
      strategy: campus.strategy,
      governanceNotes: campus.governanceNotes,
    });
    expect(result).toMatchObject({ ok: true });
    const axis = await createAxis(coord, "msi", { title: "Nouvel axe de test", description: "" });
    if (!axis.ok) throw new Error(JSON.stringify(axis));
    expect(await deleteAxis(coord, axis.id)).toMatchObject({ ok: true });
    const log = await listAuditEntries(coord, { campus: campus.id, type: "campus" });
    expect(log?.rows.map((r) => r.operation)).toEqual(["delete", "create", "update"]);
  });
});

describe("the audit log", () => {
  it("filters by user, campus, kind of record and date", async () => {
    const coord = await coordinator();
    const ti = await doOf("ti");
    const org = await createOrganisation(coord, { name: "Organisation du journal", kind: "ENTREPRISE" });
    if (!org.ok) throw new Error("create failed");
    // The filter's days are Paris days: between 23:00 and midnight UTC, Paris is already tomorrow.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    const all = await listAuditEntries(coord, { du: today, au: today });
    expect(all!.rows.some((r) => r.entityId === org.id)).toBe(true);
    expect(
      (await listAuditEntries(coord, { utilisateur: ti.id }))!.rows.some((r) => r.entityId === org.id),
    ).toBe(false);
    expect(
      (await listAuditEntries(coord, { type: "organisation", utilisateur: coord.id }))!.rows.every(
        (r) => r.entityType === "organisation" && r.userId === coord.id,
      ),
    ).toBe(true);
    expect((await listAuditEntries(coord, { au: "2000-01-01" }))!.total).toBe(0);
  });
});

describe("every seeded directory record opens in its form and saves unchanged", () => {
  /** A form's values as a save stores them: text without its surrounding blanks (a seeded text's final newline). */
  const trimmed = (values: Submitted) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "string" ? v.trim() : v]));

  /** Saves each record with the values its edit screen starts from, then checks that the form reads them back. */
  async function roundTrip<R extends { id: string }>(
    records: R[],
    formValues: (record: R) => Submitted,
    update: (id: string, values: Submitted) => Promise<Result<object>>,
    reread: (id: string) => Promise<R>,
  ) {
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const values = formValues(record);
      const saved = await update(record.id, values);
      expect(saved, `${record.id} ${JSON.stringify(saved)} ${JSON.stringify(values)}`).toMatchObject({
        ok: true,
      });
      const { version: _before, ...kept } = values;
      const { version: _after, ...reread_ } = formValues(await reread(record.id));
      expect(reread_, record.id).toEqual(trimmed(kept));
    }
  }
  const withCampuses = { campuses: { select: { campusId: true } } } as const;

  it("organisations, formations, platforms, fundings, meetings and campuses keep every field", async () => {
    const coord = await coordinator();
    const slugOf = new Map((await db.campus.findMany()).map((c) => [c.id, c.slug]));
    await roundTrip(
      await db.organisation.findMany({ where: { archivedAt: null } }),
      organisationFormValues,
      (id, values) => updateOrganisation(coord, id, values),
      (id) => db.organisation.findUniqueOrThrow({ where: { id } }),
    );
    await roundTrip(
      await db.formation.findMany({ include: withCampuses }),
      formationFormValues,
      (id, values) => updateFormation(coord, id, values),
      (id) => db.formation.findUniqueOrThrow({ where: { id }, include: withCampuses }),
    );
    await roundTrip(
      await db.platform.findMany({ include: withCampuses }),
      platformFormValues,
      (id, values) => updatePlatform(coord, id, values),
      (id) => db.platform.findUniqueOrThrow({ where: { id }, include: withCampuses }),
    );
    await roundTrip(
      await db.funding.findMany(),
      fundingFormValues,
      (id, values) => updateFunding(coord, id, values),
      (id) => db.funding.findUniqueOrThrow({ where: { id } }),
    );
    await roundTrip(
      await db.meeting.findMany(),
      meetingFormValues,
      (id, values) => updateMeeting(coord, id, values),
      (id) => db.meeting.findUniqueOrThrow({ where: { id } }),
    );
    await roundTrip(
      await db.campus.findMany(),
      campusFormValues,
      (id, values) => updateCampus(coord, slugOf.get(id)!, values),
      (id) => db.campus.findUniqueOrThrow({ where: { id } }),
    );
  });
});
