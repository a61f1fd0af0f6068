import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSession, loadSessionUser, revokeSession } from "@/lib/auth/session-store";
import { verifyCredentials } from "@/lib/auth/credentials";
import { changeOwnPassword, setUserActive } from "@/lib/users/mutations";
import { coordinator, doOf } from "./backoffice-support";

const MINUTE = 60_000;

async function userId(email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

describe("server-side sessions", () => {
  it("loads the DO of a valid session with their campus", async () => {
    const sid = await createSession(await userId("do.ti@cmq-bfc.org"));
    const user = await loadSessionUser(sid);
    expect(user).toMatchObject({ email: "do.ti@cmq-bfc.org", role: "DO", campusSlug: "ti" });
    expect(user?.campusId).toBeTruthy();
    const coord = await loadSessionUser(await createSession(await userId("coordination@cmq-bfc.org")));
    expect(coord).toMatchObject({ role: "COORDINATOR", campusId: null, campusSlug: null });
  });

  it("ends after 30 minutes without activity", async () => {
    const sid = await createSession(await userId("do.agt@cmq-bfc.org"));
    await db.session.update({ where: { id: sid }, data: { lastSeenAt: new Date(Date.now() - 29 * MINUTE) } });
    expect(await loadSessionUser(sid)).not.toBeNull();
    // That request refreshed lastSeenAt: activity keeps the session alive.
    const touched = await db.session.findUniqueOrThrow({ where: { id: sid } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(MINUTE);
    await db.session.update({ where: { id: sid }, data: { lastSeenAt: new Date(Date.now() - 31 * MINUTE) } });
    expect(await loadSessionUser(sid)).toBeNull();
  });

  it("ends 12 hours after sign-in even when active", async () => {
    const sid = await createSession(await userId("do.amf@cmq-bfc.org"));
    await db.session.update({
      where: { id: sid },
      data: { createdAt: new Date(Date.now() - 11.9 * 60 * MINUTE), lastSeenAt: new Date() },
    });
    expect(await loadSessionUser(sid)).not.toBeNull();
    await db.session.update({
      where: { id: sid },
      data: { createdAt: new Date(Date.now() - 12 * 60 * MINUTE - 1000), lastSeenAt: new Date() },
    });
    expect(await loadSessionUser(sid)).toBeNull();
  });

  it("ends at once on sign-out (revocation)", async () => {
    const sid = await createSession(await userId("do.itip@cmq-bfc.org"));
    expect(await loadSessionUser(sid)).not.toBeNull();
    await revokeSession(sid);
    expect(await loadSessionUser(sid)).toBeNull();
  });

  it("ends every session of a deactivated account at once, and refuses its sign-in", async () => {
    const id = await userId("do.mma@cmq-bfc.org");
    const [a, b] = [await createSession(id), await createSession(id)];
    const result = await setUserActive(await coordinator(), id, false);
    expect(result.ok).toBe(true);
    expect(await loadSessionUser(a)).toBeNull();
    expect(await loadSessionUser(b)).toBeNull();
    expect(await db.session.count({ where: { userId: id, revokedAt: null } })).toBe(0);
    expect(await verifyCredentials({ email: "do.mma@cmq-bfc.org", password: "cmq-bfc-2018" })).toBeNull();
    await setUserActive(await coordinator(), id, true);
    expect(await verifyCredentials({ email: "do.mma@cmq-bfc.org", password: "cmq-bfc-2018" })).toMatchObject({
      id,
    });
  });

  it("changing one's own password needs the current one and ends the other sessions only", async () => {
    const user = await doOf("ti");
    const current = await createSession(user.id);
    const other = await createSession(user.id);
    const wrong = await changeOwnPassword(
      user,
      current,
      {
        currentPassword: "pas-le-bon-mot",
        newPassword: "un-nouveau-mot-de-passe",
        confirmation: "un-nouveau-mot-de-passe",
      },
      "203.0.113.5",
    );
    expect(wrong).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { currentPassword: "Le mot de passe actuel est incorrect." },
    });
    const mismatch = await changeOwnPassword(
      user,
      current,
      {
        currentPassword: "cmq-bfc-2018",
        newPassword: "un-nouveau-mot-de-passe",
        confirmation: "autre-chose-encore",
      },
      "203.0.113.5",
    );
    expect(mismatch).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { confirmation: expect.any(String) },
    });
    expect(
      await changeOwnPassword(
        user,
        current,
        {
          currentPassword: "cmq-bfc-2018",
          newPassword: "un-nouveau-mot-de-passe",
          confirmation: "un-nouveau-mot-de-passe",
        },
        "203.0.113.5",
      ),
    ).toMatchObject({ ok: true });
    expect(await loadSessionUser(current)).not.toBeNull();
    expect(await loadSessionUser(other)).toBeNull();
    expect(
      await verifyCredentials({ email: "do.ti@cmq-bfc.org", password: "un-nouveau-mot-de-passe" }),
    ).toMatchObject({ id: user.id });
  });
});

describe("credentials", () => {
  it("answers the same refusal for an unknown account and a wrong password", async () => {
    expect(await verifyCredentials({ email: "personne@cmq-bfc.org", password: "cmq-bfc-2018" })).toBeNull();
    expect(await verifyCredentials({ email: "coordination@cmq-bfc.org", password: "mauvais" })).toBeNull();
    expect(await verifyCredentials({ email: "pas une adresse", password: "x" })).toBeNull();
    expect(
      await verifyCredentials({ email: " Coordination@CMQ-BFC.org ", password: "cmq-bfc-2018" }),
    ).toMatchObject({ email: "coordination@cmq-bfc.org" });
  });
});
