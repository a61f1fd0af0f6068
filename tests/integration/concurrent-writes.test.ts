/**
 * No lost update: for every versioned record (actions, report chapters and
 * regional parts, campus pages, organisations, formations, PFT), 20 writers
 * save at once from the same version. The version is checked in the UPDATE
 * itself, so exactly one save goes through, the 19 others get the conflict,
 * and the history and the audit log hold one new row.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, updateAction } from "@/lib/actions/mutations";
import { updateCampus } from "@/lib/campuses/mutations";
import { createFormation, updateFormation } from "@/lib/formations/mutations";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/mutations";
import { createPlatform, updatePlatform } from "@/lib/platforms/mutations";
import { saveCampusChapter, saveRegionParts } from "@/lib/report/mutations";
import { actionValues, campusIdOf, coordinator, doOf } from "./backoffice-support";

const WRITERS = 20;

type Outcome = { ok: boolean; reason?: string };

/** Runs the 20 saves at once, then checks: one success, 19 conflicts, one new audit row for the record. */
async function race(entityId: string, save: (writer: number) => Promise<Outcome>) {
  const auditBefore = await db.auditLog.count({ where: { entityId } });
  const outcomes = await Promise.all(Array.from({ length: WRITERS }, (_, i) => save(i)));
  const summary = outcomes.map((o) => (o.ok ? "ok" : o.reason));
  expect(summary.filter((s) => s === "ok")).toHaveLength(1);
  expect(summary.filter((s) => s === "conflict")).toHaveLength(WRITERS - 1);
  expect(await db.auditLog.count({ where: { entityId } })).toBe(auditBefore + 1);
  return outcomes.findIndex((o) => o.ok);
}

const created = (r: Outcome & { id?: string }) => {
  if (!r.ok || !r.id) throw new Error(`write refused: ${JSON.stringify(r)}`);
  return r.id;
};

describe("20 concurrent saves from the same version", () => {
  it("actions: one is saved, one revision added; the others conflict", async () => {
    const ti = await doOf("ti");
    const tiId = await campusIdOf("ti");
    const id = created(
      await createAction(ti, actionValues(tiId, { title: "Atelier de la course aux versions" })),
    );
    const revisions = await db.actionRevision.count({ where: { actionId: id } });
    const winner = await race(id, (i) =>
      updateAction(ti, id, 1, actionValues(tiId, { title: `Atelier réécrit par la personne ${i}` })),
    );
    const row = await db.action.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.version]).toEqual([`Atelier réécrit par la personne ${winner}`, 2]);
    expect(await db.actionRevision.count({ where: { actionId: id } })).toBe(revisions + 1);
  });

  it("a campus's report chapter: one is saved; the others conflict", async () => {
    const coord = await coordinator();
    const msi = await doOf("msi");
    const first = await saveCampusChapter(msi, {
      campus: "msi",
      year: 2019,
      version: 0,
      summary: "Premier jet.",
    });
    expect(first.ok).toBe(true);
    const row = await db.campusReport.findFirstOrThrow({ where: { year: 2019, campus: { slug: "msi" } } });
    expect(row.version).toBe(1);
    const winner = await race(row.id, (i) =>
      saveCampusChapter(i % 2 ? msi : coord, {
        campus: "msi",
        year: 2019,
        version: 1,
        summary: `Synthèse écrite par la personne ${i}.`,
      }),
    );
    const after = await db.campusReport.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.summary, after.version]).toEqual([`Synthèse écrite par la personne ${winner}.`, 2]);
  });

  it("the first save of a chapter: one creates it; the others conflict", async () => {
    const agt = await doOf("agt");
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        saveCampusChapter(agt, { campus: "agt", year: 2020, version: 0, summary: `Version ${i}.` }),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && o.reason === "conflict")).toHaveLength(WRITERS - 1);
    const row = await db.campusReport.findFirstOrThrow({ where: { year: 2020, campus: { slug: "agt" } } });
    expect(await db.auditLog.count({ where: { entityId: row.id } })).toBe(1);
  });

  it("the regional parts of a report: one is saved; the others conflict", async () => {
    const coord = await coordinator();
    expect((await saveRegionParts(coord, { year: 2019, version: 0, summary: "Premier jet." })).ok).toBe(true);
    const edition = await db.reportEdition.findUniqueOrThrow({ where: { year: 2019 } });
    await race(edition.id, (i) =>
      saveRegionParts(coord, { year: 2019, version: edition.version, summary: `Synthèse régionale ${i}.` }),
    );
    expect((await db.reportEdition.findUniqueOrThrow({ where: { year: 2019 } })).version).toBe(2);
  });

  it("a campus page: one is saved; the others conflict", async () => {
    const coord = await coordinator();
    const c = await db.campus.findUniqueOrThrow({ where: { slug: "itip" } });
    const form = {
      version: String(c.version),
      name: c.name,
      alias: "",
      sectors: c.sectors.join("\n"),
      labelYear: String(c.labelYear),
      legalForm: c.legalForm,
      plannedLegalForm: "",
      plannedChange: "",
      email: c.email,
      siteUrl: c.siteUrl,
      strategy: c.strategy,
      governanceNotes: c.governanceNotes,
    };
    const winner = await race(c.id, (i) =>
      updateCampus(coord, "itip", { ...form, presentation: `${c.presentation}\n\nMise à jour ${i}.` }),
    );
    const after = await db.campus.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.presentation.endsWith(`Mise à jour ${winner}.`)).toBe(true);
    expect(after.version).toBe(c.version + 1);
  });

  it("an organisation: one is saved; the others conflict", async () => {
    const coord = await coordinator();
    const id = created(
      await createOrganisation(coord, { name: "Entreprise de la course", kind: "ENTREPRISE" }),
    );
    const winner = await race(id, (i) =>
      updateOrganisation(coord, id, { name: `Entreprise renommée ${i}`, kind: "ENTREPRISE", version: "1" }),
    );
    const after = await db.organisation.findUniqueOrThrow({ where: { id } });
    expect([after.name, after.version]).toEqual([`Entreprise renommée ${winner}`, 2]);
  });

  it("a formation: one is saved; the others conflict", async () => {
    const coord = await coordinator();
    const form = {
      title: "BTS de la course",
      diploma: "BTS",
      level: "5",
      modalities: ["SCOLAIRE"],
      state: "OUVERTE",
      campusIds: [await campusIdOf("ti")],
    };
    const id = created(await createFormation(coord, form));
    const winner = await race(id, (i) =>
      updateFormation(coord, id, { ...form, title: `BTS renommé ${i}`, version: "1" }),
    );
    const after = await db.formation.findUniqueOrThrow({ where: { id }, include: { campuses: true } });
    expect([after.title, after.version, after.campuses.length]).toEqual([`BTS renommé ${winner}`, 2, 1]);
  });

  it("a PFT: one is saved; the others conflict", async () => {
    const coord = await coordinator();
    const form = { name: "Plateforme de la course", isLabelled: "oui", campusIds: [await campusIdOf("ti")] };
    const id = created(await createPlatform(coord, form));
    const winner = await race(id, (i) =>
      updatePlatform(coord, id, { ...form, name: `Plateforme renommée ${i}`, version: "1" }),
    );
    const after = await db.platform.findUniqueOrThrow({ where: { id } });
    expect([after.name, after.version]).toEqual([`Plateforme renommée ${winner}`, 2]);
  });

  it("a save without the form's version writes nothing", async () => {
    const coord = await coordinator();
    const id = created(
      await createOrganisation(coord, { name: "Entreprise sans version", kind: "ENTREPRISE" }),
    );
    expect(await updateOrganisation(coord, id, { name: "Renommée", kind: "ENTREPRISE" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect((await db.organisation.findUniqueOrThrow({ where: { id } })).name).toBe("Entreprise sans version");
  });
});
