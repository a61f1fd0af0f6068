/**
 * Autosave's working copies: private to their author, kept only for a
 * record the author may save now, never a revision nor an audited change,
 * cleared by a real save. And the idle dialog's session reads: asking how
 * long is left never extends a session; "Rester connecté" does.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, changeActionPublication, updateAction } from "@/lib/actions/mutations";
import { discardWorkingCopy, saveWorkingCopy } from "@/lib/working-copies/mutations";
import { getActionWorkingCopy, getWorkingCopy, getTextsWorkingCopy } from "@/lib/working-copies/queries";
import { createSession, extendSession, revokeSession, sessionTimeLeft } from "@/lib/auth/session-store";
import { IDLE_TIMEOUT_MS } from "@/lib/auth/session-policy";
import { actionValues, campusIdOf, coordinator, doOf } from "./backoffice-support";

async function draftOf(slug: "ti" | "agt", title: string) {
  const user = await doOf(slug);
  const created = await createAction(user, actionValues(await campusIdOf(slug), { title }));
  if (!created.ok) throw new Error(JSON.stringify(created));
  return { user, id: created.id, version: created.version };
}

const typed = (body: string, campusId: string) => ({ ...actionValues(campusId), body });

describe("working copies of the action form", () => {
  it("are read back by their author only, as form values, and change nothing else", async () => {
    const { user, id } = await draftOf("ti", "Copie de travail privée");
    const campusId = await campusIdOf("ti");
    const revisions = await db.actionRevision.count({ where: { actionId: id } });
    const audits = await db.auditLog.count();

    const saved = await saveWorkingCopy(user, {
      form: "action",
      recordKey: id,
      baseVersion: "1",
      content: typed("Texte en cours de rédaction", campusId),
    });
    expect(saved.ok).toBe(true);
    const copy = await getActionWorkingCopy(user, id);
    expect(copy?.content.body).toBe("Texte en cours de rédaction");
    expect(copy?.baseVersion).toBe("1");

    // The coordinator may edit the action, but the copy is the DO's, not theirs.
    expect(await getActionWorkingCopy(await coordinator(), id)).toBeNull();
    // Not a revision, not an audited change, not on the action.
    expect(await db.actionRevision.count({ where: { actionId: id } })).toBe(revisions);
    expect(await db.auditLog.count()).toBe(audits);
    expect((await db.action.findUniqueOrThrow({ where: { id } })).body).not.toContain("en cours");
  });

  it("refuses a copy of another campus's action, and reads none of it, whatever the id sent", async () => {
    const { user: ti, id } = await draftOf("ti", "Action d'un autre campus");
    await saveWorkingCopy(ti, {
      form: "action",
      recordKey: id,
      content: typed("À moi", await campusIdOf("ti")),
    });
    const agt = await doOf("agt");
    const refused = await saveWorkingCopy(agt, {
      form: "action",
      recordKey: id,
      content: typed("Intrusion", await campusIdOf("agt")),
    });
    expect(refused).toEqual({ ok: false, reason: "not_found" });
    expect(await getWorkingCopy(agt, "action", id)).toBeNull();
    expect(await db.workingCopy.count({ where: { recordKey: id } })).toBe(1);
    // Discarding only ever touches one's own copy.
    expect((await discardWorkingCopy(agt, { form: "action", recordKey: id })).ok).toBe(true);
    expect((await getActionWorkingCopy(ti, id))?.content.body).toBe("À moi");
  });

  it("stops being readable when the record can no longer be edited (archived)", async () => {
    const { user, id } = await draftOf("ti", "Action bientôt archivée");
    await saveWorkingCopy(user, {
      form: "action",
      recordKey: id,
      content: typed("Brouillon", await campusIdOf("ti")),
    });
    expect(await getActionWorkingCopy(user, id)).not.toBeNull();
    expect((await changeActionPublication(user, id, "archive")).ok).toBe(true);
    expect(await getActionWorkingCopy(user, id)).toBeNull();
    expect((await saveWorkingCopy(user, { form: "action", recordKey: id, content: {} })).ok).toBe(false);
  });

  it("is cleared by a real save of the same form by its author, not by someone else's", async () => {
    const { user, id, version } = await draftOf("ti", "Action enregistrée pour de vrai");
    const campusId = await campusIdOf("ti");
    const coord = await coordinator();
    await saveWorkingCopy(user, { form: "action", recordKey: id, content: typed("Le mien", campusId) });
    await saveWorkingCopy(coord, { form: "action", recordKey: id, content: typed("Le sien", campusId) });

    const saved = await updateAction(coord, id, version, typed("Enregistré par la coordination", campusId));
    expect(saved.ok).toBe(true);
    expect(await getActionWorkingCopy(coord, id)).toBeNull();
    expect((await getActionWorkingCopy(user, id))?.content.body).toBe("Le mien");

    const fresh = await db.action.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect((await updateAction(user, id, fresh.version, typed("Enregistré par le DO", campusId))).ok).toBe(
      true,
    );
    expect(await getActionWorkingCopy(user, id)).toBeNull();
  });

  it("keeps a copy of the creation form until the action is created", async () => {
    const user = await doOf("agt");
    const campusId = await campusIdOf("agt");
    await saveWorkingCopy(user, {
      form: "action",
      recordKey: "nouvelle",
      content: typed("Nouvelle action", campusId),
    });
    expect((await getActionWorkingCopy(user, null))?.content.body).toBe("Nouvelle action");
    expect(
      (await createAction(user, actionValues(campusId, { title: "Action créée depuis le brouillon" }))).ok,
    ).toBe(true);
    expect(await getActionWorkingCopy(user, null)).toBeNull();
  });

  it("reads a damaged copy back as a form of the expected shape, and refuses oversized or unknown forms", async () => {
    const { user, id } = await draftOf("ti", "Copie abîmée");
    await saveWorkingCopy(user, {
      form: "action",
      recordKey: id,
      content: { body: 42, links: "x", title: "Titre" },
    });
    const copy = await getActionWorkingCopy(user, id);
    expect(copy?.content).toMatchObject({ title: "Titre", body: "", links: [], campuses: [] });

    const huge = await saveWorkingCopy(user, {
      form: "action",
      recordKey: id,
      content: { body: "x".repeat(300_000) },
    });
    expect(huge.ok).toBe(false);
    expect((await saveWorkingCopy(user, { form: "formation", recordKey: id, content: {} })).ok).toBe(false);
  });
});

describe("working copies of report texts", () => {
  it("are kept for one's own campus chapter only", async () => {
    const ti = await doOf("ti");
    expect(
      (
        await saveWorkingCopy(ti, {
          form: "report-campus",
          recordKey: "2031:ti",
          content: { outlook: "Demain" },
        })
      ).ok,
    ).toBe(true);
    expect((await getTextsWorkingCopy(ti, "report-campus", "2031:ti"))?.content).toEqual({
      outlook: "Demain",
    });
    expect(
      (await saveWorkingCopy(ti, { form: "report-campus", recordKey: "2031:agt", content: {} })).ok,
    ).toBe(false);
    expect((await saveWorkingCopy(ti, { form: "report-region", recordKey: "2031", content: {} })).ok).toBe(
      false,
    );
    expect(
      (await saveWorkingCopy(await coordinator(), { form: "report-region", recordKey: "2031", content: {} }))
        .ok,
    ).toBe(true);
  });
});

describe("a real save of report texts", () => {
  it("clears its author's working copy of that chapter", async () => {
    const { saveCampusChapter } = await import("@/lib/report/mutations");
    const { getCampusChapterForm } = await import("@/lib/report/queries");
    const msi = await doOf("msi");
    await saveWorkingCopy(msi, {
      form: "report-campus",
      recordKey: "2032:msi",
      content: { summary: "En cours" },
    });
    const form = (await getCampusChapterForm(msi, "msi", 2032))!;
    const saved = await saveCampusChapter(msi, {
      ...form.sections,
      campus: "msi",
      year: "2032",
      version: String(form.version),
      summary: "Résumé enregistré pour de vrai.",
    });
    expect(saved.ok).toBe(true);
    expect(await getTextsWorkingCopy(msi, "report-campus", "2032:msi")).toBeNull();
  });
});

describe("session time left (the idle dialog)", () => {
  it("is read without extending the session; extending starts the idle time again", async () => {
    const user = await doOf("msi");
    const sid = await createSession(user.id);
    const lastSeenAt = new Date(Date.now() - IDLE_TIMEOUT_MS + 90_000);
    await db.session.update({ where: { id: sid }, data: { lastSeenAt } });

    const left = await sessionTimeLeft(sid);
    expect(left).toBeGreaterThan(80_000);
    expect(left).toBeLessThanOrEqual(90_000);
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(lastSeenAt);

    const extended = await extendSession(sid);
    expect(extended).toBeGreaterThan(IDLE_TIMEOUT_MS - 5_000);

    await revokeSession(sid);
    expect(await sessionTimeLeft(sid)).toBe(0);
    expect(await extendSession(sid)).toBe(0);
  });
});
