import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeActionPublication, createAction, revertAction, updateAction } from "@/lib/actions/mutations";
import {
  getActionDashboard,
  getActionForEdit,
  getActionFormOptions,
  getActionHistory,
  listActionsForUser,
} from "@/lib/actions/backoffice-queries";
import { actionValues, campusIdOf, coordinator, doOf } from "./backoffice-support";

describe("a DO and the actions of their campus", () => {
  it("creates a draft, edits it, publishes, archives, restores, and every step is a revision and an audit row", async () => {
    const ti = await doOf("ti");
    const tiId = await campusIdOf("ti");
    const created = await createAction(ti, actionValues(tiId, { title: "Atelier domotique au collège" }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.slug).toBe("atelier-domotique-au-college");

    const draft = await db.action.findUniqueOrThrow({
      where: { id: created.id },
      include: { campuses: true, beneficiaries: true, links: true },
    });
    expect(draft.publication).toBe("DRAFT");
    expect(draft.campuses).toMatchObject([{ campusId: tiId, isLead: true }]);
    expect(draft.beneficiaries).toMatchObject([
      { count: 120, unit: "ELEVES", detail: "collégiens", audience: "COLLEGIENS" },
    ]);
    expect(draft.startPrecision).toBe("MONTH");

    const edited = await updateAction(
      ti,
      created.id,
      1,
      actionValues(tiId, { title: "Atelier domotique au collège Rameau", status: "EN_COURS" }),
    );
    expect(edited).toMatchObject({ ok: true, version: 2 });
    const published = await changeActionPublication(ti, created.id, "publish");
    expect(published).toMatchObject({ ok: true, version: 3 });
    const archived = await changeActionPublication(ti, created.id, "archive");
    expect(archived).toMatchObject({ ok: true, version: 4 });
    expect((await db.action.findUniqueOrThrow({ where: { id: created.id } })).archivedAt).not.toBeNull();
    const restored = await changeActionPublication(ti, created.id, "restore");
    expect(restored).toMatchObject({ ok: true, version: 5 });
    const after = await db.action.findUniqueOrThrow({ where: { id: created.id } });
    expect([after.publication, after.archivedAt]).toEqual(["DRAFT", null]);

    const revisions = await db.actionRevision.findMany({
      where: { actionId: created.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => r.kind)).toEqual(["CREATE", "UPDATE", "PUBLISH", "ARCHIVE", "RESTORE"]);
    expect(revisions.every((r) => r.changedById === ti.id)).toBe(true);
    const audit = await db.auditLog.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.operation)).toEqual(["create", "update", "publish", "archive", "restore"]);
    expect(audit.every((a) => a.userId === ti.id && a.campusId === tiId)).toBe(true);
    expect(audit[1].before).toMatchObject({ title: "Atelier domotique au collège" });
    expect(audit[1].after).toMatchObject({ title: "Atelier domotique au collège Rameau" });
  });

  it("refuses invalid input with French messages per field and writes nothing", async () => {
    const ti = await doOf("ti");
    const tiId = await campusIdOf("ti");
    const before = await db.action.count();
    const result = await createAction(
      ti,
      actionValues(tiId, {
        title: "",
        status: "TERMINEE",
        start: "2019",
        end: "2018",
        links: [{ label: "Site", url: "javascript:alert(1)" }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") throw new Error("expected invalid");
    expect(result.fieldErrors.title).toBe("Saisissez le titre de l’action.");
    expect(result.fieldErrors["links.0.url"]).toMatch(/https:\/\//);
    const endOnly = await createAction(ti, actionValues(tiId, { status: "TERMINEE", end: "" }));
    if (endOnly.ok || endOnly.reason !== "invalid") throw new Error("expected invalid");
    expect(endOnly.fieldErrors.end).toBe("Une action terminée doit avoir une date ou une année de fin.");
    const reversed = await createAction(ti, actionValues(tiId, { start: "20/09/2018", end: "08/2018" }));
    if (reversed.ok || reversed.reason !== "invalid") throw new Error("expected invalid");
    expect(reversed.fieldErrors.end).toBe("La fin ne peut pas précéder le début de l’action.");
    // Same month, day precision on one side only: the periods overlap, so it is valid.
    expect(
      (
        await createAction(
          ti,
          actionValues(tiId, { title: "Même mois", start: "20/09/2018", end: "09/2018" }),
        )
      ).ok,
    ).toBe(true);
    expect(await db.action.count()).toBe(before + 1);
  });

  it("refuses a slug another action already has", async () => {
    const ti = await doOf("ti");
    const tiId = await campusIdOf("ti");
    const taken = await db.action.findFirstOrThrow({ select: { slug: true } });
    const result = await createAction(ti, actionValues(tiId, { slug: taken.slug }));
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { slug: expect.stringContaining("déjà") },
    });
  });

  it("detects a conflicting save, overwrites nothing, and lets a publication-only change through", async () => {
    const ti = await doOf("ti");
    const coord = await coordinator();
    const tiId = await campusIdOf("ti");
    const created = await createAction(ti, actionValues(tiId, { title: "Action à deux mains" }));
    if (!created.ok) throw new Error("create failed");
    // The coordinator saves first, from version 1.
    expect(
      await updateAction(
        coord,
        created.id,
        1,
        actionValues(tiId, {
          title: "Action à deux mains",
          summary: "Résumé écrit par la coordination régionale.",
        }),
      ),
    ).toMatchObject({ ok: true, version: 2 });
    // The DO saves from version 1 too: conflict, nothing written.
    const conflict = await updateAction(ti, created.id, 1, actionValues(tiId, { title: "Titre du DO" }));
    expect(conflict).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: 2, snapshot: { summary: "Résumé écrit par la coordination régionale." } },
    });
    expect((await db.action.findUniqueOrThrow({ where: { id: created.id } })).title).toBe(
      "Action à deux mains",
    );
    // Reapplied on the current version, the DO's save goes through.
    expect(await updateAction(ti, created.id, 2, actionValues(tiId, { title: "Titre du DO" }))).toMatchObject(
      { ok: true, version: 3 },
    );
    // Someone publishes (version 4); a save started from version 3 still goes through: no content of theirs is lost.
    await changeActionPublication(coord, created.id, "publish");
    expect(
      await updateAction(ti, created.id, 3, actionValues(tiId, { title: "Titre du DO, relu" })),
    ).toMatchObject({ ok: true, version: 5 });
  });

  it("shows the history as readable diffs and restores an earlier version as a new REVERT revision", async () => {
    const ti = await doOf("ti");
    const tiId = await campusIdOf("ti");
    const created = await createAction(ti, actionValues(tiId, { title: "Version une" }));
    if (!created.ok) throw new Error("create failed");
    await updateAction(ti, created.id, 1, actionValues(tiId, { title: "Version deux", status: "EN_COURS" }));
    const history = await getActionHistory(ti, created.id);
    expect(history?.entries.map((e) => e.version)).toEqual([2, 1]);
    expect(history?.entries[0].changes).toEqual(
      expect.arrayContaining([
        { field: "title", label: "Titre", before: "Version une", after: "Version deux" },
        { field: "status", label: "Statut", before: "Projetée", after: "En cours" },
      ]),
    );
    expect(await revertAction(ti, created.id, 1)).toMatchObject({ ok: true, version: 3 });
    const reverted = await db.action.findUniqueOrThrow({ where: { id: created.id } });
    expect([reverted.title, reverted.status]).toEqual(["Version une", "PROJETEE"]);
    const last = await db.actionRevision.findFirstOrThrow({
      where: { actionId: created.id },
      orderBy: { version: "desc" },
    });
    expect([last.kind, last.version]).toEqual(["REVERT", 3]);
  });

  it("lets both DOs of a co-owned action edit it", async () => {
    const espe = await db.action.findFirstOrThrow({
      where: { title: { contains: "ESPE" }, campuses: { some: { campus: { slug: "mma" } } } },
      select: { id: true },
    });
    for (const slug of ["mma", "msi"] as const) {
      const user = await doOf(slug);
      const edit = await getActionForEdit(user, espe.id);
      expect(edit).not.toBeNull();
      const result = await updateAction(user, espe.id, edit!.version, {
        ...edit!.values,
        summary: `${edit!.values.summary} (relu par ${slug})`,
      });
      expect(result.ok).toBe(true);
    }
  });

  it("a DO of a co-owned action cannot drop the other campus, change its axis or take the lead from it; the coordinator can", async () => {
    const espe = await db.action.findFirstOrThrow({
      where: { title: { contains: "ESPE" }, campuses: { some: { campus: { slug: "mma" } } } },
      select: { id: true },
    });
    const [mma, msiId, mmaId] = await Promise.all([doOf("mma"), campusIdOf("msi"), campusIdOf("mma")]);
    const before = await db.actionCampus.findMany({
      where: { actionId: espe.id },
      orderBy: { campusId: "asc" },
    });
    expect(before.map((c) => c.campusId).sort()).toEqual([mmaId, msiId].sort());
    const msiAxis = await db.campusAxis.findFirstOrThrow({
      where: { campusId: msiId, id: { not: before.find((c) => c.campusId === msiId)!.axisId ?? "" } },
    });
    const edit = (await getActionForEdit(mma, espe.id))!;
    const attempts = [
      edit.values.campuses.filter((c) => c.campusId !== msiId).map((c) => ({ ...c, isLead: true })),
      edit.values.campuses.map((c) => (c.campusId === msiId ? { ...c, axisId: msiAxis.id } : c)),
      edit.values.campuses.map((c) => ({
        ...c,
        isLead: c.campusId === (before.find((b) => b.isLead)!.campusId === mmaId ? msiId : mmaId),
      })),
    ];
    for (const campuses of attempts) {
      const result = await updateAction(mma, espe.id, edit.version, { ...edit.values, campuses });
      expect(result).toMatchObject({
        ok: false,
        reason: "invalid",
        fieldErrors: { campuses: expect.stringContaining("leur DO ou par la coordination") },
      });
    }
    expect(
      await db.actionCampus.findMany({ where: { actionId: espe.id }, orderBy: { campusId: "asc" } }),
    ).toEqual(before);

    // Adding a co-owning campus stays possible for the DO, keeping the others as they are.
    const tiId = await campusIdOf("ti");
    const added = await updateAction(mma, espe.id, edit.version, {
      ...edit.values,
      campuses: [...edit.values.campuses, { campusId: tiId, axisId: "", isLead: false }],
    });
    expect(added).toMatchObject({ ok: true });

    // An earlier version without TI would drop a campus the DO does not manage: only the coordinator may bring it back.
    expect(await revertAction(mma, espe.id, edit.version)).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { _form: expect.stringContaining("seule la coordination") },
    });
    expect(await revertAction(await coordinator(), espe.id, edit.version)).toMatchObject({ ok: true });
    expect(
      (await db.actionCampus.findMany({ where: { actionId: espe.id } })).map((c) => c.campusId).sort(),
    ).toEqual([mmaId, msiId].sort());
  });

  it("a DO cannot take their own campus off an action, nor create one for another campus only", async () => {
    const ti = await doOf("ti");
    const msiId = await campusIdOf("msi");
    const result = await createAction(ti, actionValues(msiId));
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { campuses: "Votre campus doit rester parmi les campus porteurs de l’action." },
    });
  });

  it("proposes a new organisation as a draft partner", async () => {
    const amf = await doOf("amf");
    const amfId = await campusIdOf("amf");
    const result = await createAction(
      amf,
      actionValues(amfId, {
        title: "Avec un nouveau partenaire",
        newPartners: [
          {
            name: "Garage Solidaire du Doubs",
            kind: "ASSOCIATION",
            city: "Besançon",
            website: "",
            role: "Accueil des élèves",
          },
        ],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const org = await db.organisation.findFirstOrThrow({ where: { name: "Garage Solidaire du Doubs" } });
    expect(org.publication).toBe("DRAFT");
    expect(
      await db.actionPartner.findUnique({
        where: { actionId_organisationId: { actionId: result.id, organisationId: org.id } },
      }),
    ).toMatchObject({ role: "Accueil des élèves" });
    const again = await createAction(
      amf,
      actionValues(amfId, {
        title: "Doublon",
        newPartners: [
          { name: "garage solidaire du doubs", kind: "ASSOCIATION", city: "", website: "", role: "" },
        ],
      }),
    );
    expect(again).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { "newPartners.0.name": expect.stringContaining("déjà dans l’annuaire") },
    });

    // The proposal waits for the coordinator: the AMF DO can pick it again, other campuses' DOs neither see it nor link it by a forged id.
    const [ti, tiId, coord] = [await doOf("ti"), await campusIdOf("ti"), await coordinator()];
    expect((await getActionFormOptions(amf)).organisations.find((o) => o.id === org.id)).toMatchObject({
      isDraft: true,
    });
    expect((await getActionFormOptions(coord)).organisations.some((o) => o.id === org.id)).toBe(true);
    expect((await getActionFormOptions(ti)).organisations.some((o) => o.id === org.id)).toBe(false);
    expect((await getActionFormOptions(ti)).organisations.every((o) => !o.isDraft)).toBe(true);
    const forged = await createAction(
      ti,
      actionValues(tiId, {
        title: "Avec le partenaire d'un autre campus",
        partners: [{ organisationId: org.id, role: "" }],
      }),
    );
    expect(forged).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { partners: expect.any(String) },
    });
    const reused = await createAction(
      amf,
      actionValues(amfId, {
        title: "Encore avec le garage",
        partners: [{ organisationId: org.id, role: "" }],
      }),
    );
    expect(reused.ok).toBe(true);
  });

  it("dashboard and list count only the DO's campus; the coordinator sees every campus", async () => {
    const ti = await doOf("ti");
    const coord = await coordinator();
    const tiDashboard = await getActionDashboard(ti);
    const tiTotal = await db.action.count({
      where: { campuses: { some: { campus: { slug: "ti" } } }, publication: { not: "ARCHIVED" } },
    });
    expect(Object.values(tiDashboard.byStatus).reduce((a, b) => a + b, 0)).toBe(tiTotal);
    const list = await listActionsForUser(ti, {});
    expect(list.total).toBe(tiTotal);
    expect(list.rows.every((r) => r.campuses.some((c) => c.slug === "ti"))).toBe(true);
    const all = await listActionsForUser(coord, {});
    expect(all.total).toBe(await db.action.count({ where: { publication: { not: "ARCHIVED" } } }));
  });
});
