import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  changeOwnPassword,
  createUser,
  resetUserPassword,
  setUserActive,
  updateUser,
} from "@/lib/users/mutations";
import { listUsers } from "@/lib/users/backoffice-queries";
import { verifyCredentials } from "@/lib/auth/credentials";
import { campusIdOf, coordinator, doOf } from "./backoffice-support";

describe("user management", () => {
  it("the coordinator creates a DO account bound to one campus, with a hashed password", async () => {
    const coord = await coordinator();
    const result = await createUser(coord, {
      name: "Camille Martin",
      email: "Camille.Martin@exemple.fr",
      role: "DO",
      campusId: await campusIdOf("agt"),
      password: "mot-de-passe-solide",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await db.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ email: "camille.martin@exemple.fr", role: "DO", isActive: true });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(
      await verifyCredentials({ email: "camille.martin@exemple.fr", password: "mot-de-passe-solide" }),
    ).toMatchObject({ id: result.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: result.id } });
    expect(JSON.stringify(audit.after)).not.toContain("argon2");
  });

  it("validates accounts: a DO needs a campus, e-mails are unique, passwords at least 12 characters", async () => {
    const coord = await coordinator();
    expect(
      await createUser(coord, {
        name: "Sans Campus",
        email: "sans.campus@exemple.fr",
        role: "DO",
        campusId: "",
        password: "",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { campusId: "Choisissez le campus de ce directeur opérationnel." },
    });
    expect(
      await createUser(coord, {
        name: "Doublon",
        email: "do.ti@cmq-bfc.org",
        role: "COORDINATOR",
        campusId: "",
        password: "",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: "Un compte existe déjà avec cette adresse e-mail." },
    });
    expect(
      await createUser(coord, {
        name: "Court",
        email: "court@exemple.fr",
        role: "COORDINATOR",
        campusId: "",
        password: "court",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.stringContaining("12 caractères") },
    });
  });

  it("a DO can neither list, create, edit nor deactivate accounts", async () => {
    const ti = await doOf("ti");
    const before = await db.user.findMany({ orderBy: { id: "asc" } });
    expect(await listUsers(ti)).toEqual([]);
    expect(
      await createUser(ti, {
        name: "Intrus",
        email: "intrus@exemple.fr",
        role: "COORDINATOR",
        campusId: "",
        password: "mot-de-passe-solide",
      }),
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
  const FROM_OWNER = expect.stringMatching(/^Ce mot de passe reprend l'adresse e-mail ou le nom du compte/);

  it("refuses common and self-made passwords at creation, reset and own change, and writes nothing", async () => {
    const coord = await coordinator();
    const account = (password: string) => ({
      name: "Dominique Faure",
      email: "dominique.faure@exemple.fr",
      role: "DO",
      campusId: "",
      password,
    });
    const agt = await campusIdOf("agt");
    expect(await createUser(coord, { ...account("aaaaaaaaaaaa"), campusId: agt })).toMatchObject({
      ok: false,
      fieldErrors: { password: TOO_EASY },
    });
    expect(await createUser(coord, { ...account("123456789012"), campusId: agt })).toMatchObject({
      ok: false,
      fieldErrors: { password: TOO_EASY },
    });
    expect(
      await createUser(coord, { ...account("dominique.faure@exemple.fr"), campusId: agt }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { password: FROM_OWNER },
    });
    expect(await db.user.count({ where: { email: "dominique.faure@exemple.fr" } })).toBe(0);

    const ti = await doOf("ti");
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: ti.id } })).passwordHash;
    expect(await resetUserPassword(coord, ti.id, { password: "do.ti@cmq-bfc.org" })).toMatchObject({
      ok: false,
      fieldErrors: { password: FROM_OWNER },
    });
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
      await createUser(coord, { ...account("Brume sur la Saône au petit matin"), campusId: agt }),
    ).toMatchObject({ ok: true });
  });
});
