import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  changeOwnPassword,
  insertUserAccountUnsafe,
  inviteUser,
  setUserActive,
  updateUser,
} from "@/lib/users/mutations";
import { issueAccountToken, setPasswordWithLink } from "@/lib/auth/account-links";
import { listUsers } from "@/lib/users/backoffice-queries";
import { verifyCredentials } from "@/lib/auth/credentials";
import { campusIdOf, coordinator, doOf } from "./backoffice-support";

describe("user management", () => {
  it("the coordinator invites a DO account bound to one campus: no password until the person chooses one", async () => {
    const coord = await coordinator();
    const result = await inviteUser(
      coord,
      {
        name: "Camille Martin",
        email: "Camille.Martin@exemple.fr",
        role: "DO",
        campusId: await campusIdOf("agt"),
      },
      { origin: "http://localhost:3000" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await db.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({
      email: "camille.martin@exemple.fr",
      role: "DO",
      isActive: true,
      passwordHash: "",
    });
    expect(await verifyCredentials({ email: "camille.martin@exemple.fr", password: "x" })).toBeNull();
    const listed = (await listUsers(coord)).find((u) => u.id === result.id);
    expect(listed).toMatchObject({ isPending: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: result.id } });
    expect(audit.operation).toBe("invite");
  });

  it("validates invitations: a DO needs a campus, e-mails are unique", async () => {
    const coord = await coordinator();
    const context = { origin: "http://localhost:3000" };
    expect(
      await inviteUser(
        coord,
        { name: "Sans Campus", email: "sans.campus@exemple.fr", role: "DO", campusId: "" },
        context,
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { campusId: "Choisissez le campus de ce directeur opérationnel." },
    });
    expect(
      await inviteUser(
        coord,
        { name: "Doublon", email: "do.ti@cmq-bfc.org", role: "COORDINATOR", campusId: "" },
        context,
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: "Un compte existe déjà avec cette adresse e-mail." },
    });
  });

  it("a DO can neither list, create, edit nor deactivate accounts", async () => {
    const ti = await doOf("ti");
    const before = await db.user.findMany({ orderBy: { id: "asc" } });
    expect(await listUsers(ti)).toEqual([]);
    expect(
      await inviteUser(
        ti,
        { name: "Intrus", email: "intrus@exemple.fr", role: "COORDINATOR", campusId: "" },
        { origin: "http://localhost:3000" },
      ),
    ).toEqual({ ok: false, reason: "forbidden" });
    const coordId = (await coordinator()).id;
    expect(
      await updateUser(ti, ti.id, { name: "Moi", email: ti.email, role: "COORDINATOR", campusId: "" }),
    ).toEqual({ ok: false, reason: "forbidden" });
    expect(await setUserActive(ti, coordId, false)).toEqual({ ok: false, reason: "forbidden" });
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("keeps at least one active coordinator", async () => {
    const coord = await coordinator();
    expect(await setUserActive(coord, coord.id, false)).toMatchObject({ ok: false, reason: "invalid" });
    expect(
      await updateUser(coord, coord.id, {
        name: coord.name,
        email: coord.email,
        role: "DO",
        campusId: await campusIdOf("ti"),
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { role: expect.stringContaining("au moins un compte de coordination") },
    });
  });
});

describe("password strength wherever a password is set", () => {
  const TOO_EASY = expect.stringMatching(/^Ce mot de passe est trop courant ou trop facile à deviner/);
  const FROM_OWNER = expect.stringMatching(/^Ce mot de passe reprend l’adresse e-mail ou le nom du compte/);

  it("refuses common and self-made passwords at creation, by a link and at an own change, and writes nothing", async () => {
    const account = (password: string, campusId: string) => ({
      name: "Dominique Faure",
      email: "dominique.faure@exemple.fr",
      role: "DO" as const,
      campusId,
      password,
    });
    const agt = await campusIdOf("agt");
    for (const [password, error] of [
      ["aaaaaaaaaaaa", TOO_EASY],
      ["123456789012", TOO_EASY],
      ["dominique.faure@exemple.fr", FROM_OWNER],
    ] as const)
      expect(await insertUserAccountUnsafe(account(password, agt), null)).toMatchObject({
        ok: false,
        fieldErrors: { password: error },
      });
    expect(await db.user.count({ where: { email: "dominique.faure@exemple.fr" } })).toBe(0);

    const ti = await doOf("ti");
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: ti.id } })).passwordHash;
    const { token } = await db.$transaction((tx) => issueAccountToken(tx, ti.id, "PASSWORD_RESET"));
    expect(
      await setPasswordWithLink({
        token,
        newPassword: "do.ti@cmq-bfc.org",
        confirmation: "do.ti@cmq-bfc.org",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { newPassword: FROM_OWNER } });
    expect(
      await changeOwnPassword(
        ti,
        null,
        { currentPassword: "cmq-bfc-2018", newPassword: "123456789012", confirmation: "123456789012" },
        "198.51.100.60",
      ),
    ).toMatchObject({ ok: false, fieldErrors: { newPassword: TOO_EASY } });
    expect((await db.user.findUniqueOrThrow({ where: { id: ti.id } })).passwordHash).toBe(hashBefore);

    // A passphrase goes through everywhere.
    expect(
      await insertUserAccountUnsafe(account("Brume sur la Saône au petit matin", agt), null),
    ).toMatchObject({ ok: true });
  });
});
