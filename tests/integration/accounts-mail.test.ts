/**
 * Accounts by e-mail: invitations and password resets go through a real SMTP
 * server started in this process; the test reads each message and follows
 * its link as the person would.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/auth/credentials";
import { createSession, loadSessionUser } from "@/lib/auth/session-store";
import {
  findUsableAccountLink,
  hashToken,
  LINK_INVALID,
  setPasswordWithLink,
} from "@/lib/auth/account-links";
import { requestPasswordReset, RESET_MAX_PER_ADDRESS } from "@/lib/auth/password-reset";
import { inviteUser, sendAccountLink } from "@/lib/users/mutations";
import { outboxDir } from "@/lib/mail/send";
import { passwordLinkOf, startTestSmtp, type TestSmtp } from "../support/smtp";
import { campusIdOf, coordinator, doOf } from "./backoffice-support";

const ORIGIN = "http://localhost:3000";
const tokenOf = (link: string) => link.split("/").pop()!;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = '"Portail des CMQ BFC" <ne-pas-repondre@cmq-bfc.test>';
});

async function invite(email: string) {
  const result = await inviteUser(
    await coordinator(),
    { name: "Alex Invité", email, role: "DO", campusId: await campusIdOf("agt") },
    { origin: ORIGIN },
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

describe("invitation by e-mail", () => {
  it("the coordinator invites a DO: the mail carries a 7-day link, the DO chooses a password and signs in", async () => {
    const result = await invite("alex.invite@exemple.fr");
    expect(result.mailSent).toBe(true);
    const mail = await smtp.waitFor("alex.invite@exemple.fr");
    expect(mail.from).toContain("ne-pas-repondre@cmq-bfc.test");
    expect(mail.subject).toBe("Votre compte sur le portail des CMQ de Bourgogne-Franche-Comté");
    expect(mail.text).toContain("Bonjour Alex Invité,");
    expect(mail.text).toContain(
      "Portail des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    );
    const link = passwordLinkOf(mail);
    expect(link.startsWith(`${ORIGIN}/connexion/mot-de-passe/`)).toBe(true);
    expect(mail.html).toContain(`href="${link}"`);

    // Stored hashed, never as sent; valid 7 days; no password usable before.
    const token = tokenOf(link);
    const row = await db.accountToken.findFirstOrThrow({ where: { userId: result.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.kind).toBe("INVITATION");
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);
    expect(await verifyCredentials({ email: "alex.invite@exemple.fr", password: "" })).toBeNull();
    expect(await findUsableAccountLink(token)).toMatchObject({
      kind: "INVITATION",
      email: "alex.invite@exemple.fr",
    });

    expect(
      await setPasswordWithLink({
        token,
        newPassword: "une phrase de passe",
        confirmation: "autre chose ici",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { confirmation: expect.any(String) } });
    expect(await setPasswordWithLink({ token, newPassword: "court", confirmation: "court" })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringContaining("12 caractères") },
    });
    expect(
      await setPasswordWithLink({
        token,
        newPassword: "une phrase de passe",
        confirmation: "une phrase de passe",
      }),
    ).toEqual({ ok: true, kind: "INVITATION" });
    expect(
      await verifyCredentials({ email: "alex.invite@exemple.fr", password: "une phrase de passe" }),
    ).toMatchObject({ id: result.id });
    // Single use.
    expect(
      await setPasswordWithLink({
        token,
        newPassword: "encore une phrase",
        confirmation: "encore une phrase",
      }),
    ).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: LINK_INVALID } });
    expect(await findUsableAccountLink(token)).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: result.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.operation)).toEqual(["invite", "accept-invitation"]);
  });

  it("a new invitation retires the earlier link; a DO can neither invite nor send links", async () => {
    const first = await invite("sam.relance@exemple.fr");
    const firstLink = passwordLinkOf(await smtp.waitFor("sam.relance@exemple.fr"));
    const again = await sendAccountLink(await coordinator(), first.id, { origin: ORIGIN });
    expect(again).toEqual({ ok: true, id: first.id, mailSent: true });
    await expect.poll(() => smtp.messagesTo("sam.relance@exemple.fr").length).toBe(2);
    const secondLink = passwordLinkOf(smtp.messagesTo("sam.relance@exemple.fr")[1]);
    expect(await findUsableAccountLink(tokenOf(firstLink))).toBeNull();
    expect(await findUsableAccountLink(tokenOf(secondLink))).toMatchObject({ kind: "INVITATION" });

    const ti = await doOf("ti");
    const before = await db.user.count();
    expect(
      await inviteUser(
        ti,
        { name: "Intrus", email: "intrus@exemple.fr", role: "COORDINATOR", campusId: "" },
        { origin: ORIGIN },
      ),
    ).toEqual({ ok: false, reason: "forbidden" });
    expect(await sendAccountLink(ti, first.id, { origin: ORIGIN })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await db.user.count()).toBe(before);
    expect(smtp.messagesTo("intrus@exemple.fr")).toEqual([]);
  });

  it("an address already taken is refused; a refused SMTP delivery is reported, the account kept", async () => {
    expect(
      await inviteUser(
        await coordinator(),
        { name: "Doublon", email: "do.ti@cmq-bfc.org", role: "DO", campusId: await campusIdOf("ti") },
        { origin: ORIGIN },
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: "Un compte existe déjà avec cette adresse e-mail." },
    });
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    const result = await invite("perdu@exemple.fr");
    expect(result.mailSent).toBe(false);
    expect(await db.user.count({ where: { email: "perdu@exemple.fr" } })).toBe(1);
  });
});

describe("password reset by e-mail", () => {
  it("sends a 30-minute single-use link; the new password works and every session is closed", async () => {
    const msi = await doOf("msi");
    const sessions = [await createSession(msi.id), await createSession(msi.id)];
    const result = await requestPasswordReset(
      { email: "  DO.MSI@cmq-bfc.org " },
      { origin: ORIGIN, clientAddress: "203.0.113.7" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    await result.delivery;
    const mail = await smtp.waitFor("do.msi@cmq-bfc.org");
    expect(mail.subject).toContain("Réinitialiser votre mot de passe");
    const token = tokenOf(passwordLinkOf(mail));
    const row = await db.accountToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect((row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000).toBeCloseTo(30, 3);
    // Sessions stay until the link is used.
    expect(await loadSessionUser(sessions[0])).not.toBeNull();
    expect(
      await setPasswordWithLink({
        token,
        newPassword: "nouvelle phrase msi",
        confirmation: "nouvelle phrase msi",
      }),
    ).toEqual({ ok: true, kind: "PASSWORD_RESET" });
    for (const sid of sessions) expect(await loadSessionUser(sid)).toBeNull();
    expect(await verifyCredentials({ email: "do.msi@cmq-bfc.org", password: "cmq-bfc-2018" })).toBeNull();
    expect(
      await verifyCredentials({ email: "do.msi@cmq-bfc.org", password: "nouvelle phrase msi" }),
    ).toMatchObject({ id: msi.id });
  });

  it("an expired link no longer serves", async () => {
    const result = await requestPasswordReset(
      { email: "do.amf@cmq-bfc.org" },
      { origin: ORIGIN, clientAddress: "203.0.113.8" },
    );
    if (!result.ok) throw new Error("refused");
    await result.delivery;
    const token = tokenOf(passwordLinkOf(await smtp.waitFor("do.amf@cmq-bfc.org")));
    await db.accountToken.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findUsableAccountLink(token)).toBeNull();
    expect(
      await setPasswordWithLink({
        token,
        newPassword: "trop tard pour ça",
        confirmation: "trop tard pour ça",
      }),
    ).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: LINK_INVALID } });
    expect(await verifyCredentials({ email: "do.amf@cmq-bfc.org", password: "cmq-bfc-2018" })).not.toBeNull();
  });

  it("a missing address gets the same answer and no mail; requests are throttled per address", async () => {
    const missing = await requestPasswordReset(
      { email: "personne@exemple.fr" },
      { origin: ORIGIN, clientAddress: "203.0.113.9" },
    );
    const existing = await requestPasswordReset(
      { email: "do.itip@cmq-bfc.org" },
      { origin: ORIGIN, clientAddress: "203.0.113.9" },
    );
    expect(Object.keys(missing)).toEqual(Object.keys(existing));
    expect(missing.ok && existing.ok).toBe(true);
    if (!missing.ok || !existing.ok) return;
    await Promise.all([missing.delivery, existing.delivery]);
    await smtp.waitFor("do.itip@cmq-bfc.org");
    expect(smtp.messagesTo("personne@exemple.fr")).toEqual([]);
    expect(await db.passwordResetRequest.count({ where: { email: "personne@exemple.fr" } })).toBe(1);

    // The address's 3 mails an hour: the 4th and 5th requests get the same answer and no mail.
    for (let i = 1; i < RESET_MAX_PER_ADDRESS + 2; i++) {
      const again = await requestPasswordReset(
        { email: "do.itip@cmq-bfc.org" },
        { origin: ORIGIN, clientAddress: `198.51.100.${i}` },
      );
      expect(again.ok).toBe(true);
      if (again.ok) await again.delivery;
    }
    expect(smtp.messagesTo("do.itip@cmq-bfc.org")).toHaveLength(RESET_MAX_PER_ADDRESS);
    expect(
      await requestPasswordReset({ email: "pas une adresse" }, { origin: ORIGIN, clientAddress: "x" }),
    ).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { email: expect.any(String) } });
  });
});

describe("without SMTP_URL", () => {
  it("writes each message to the outbox as an .eml file and prints its link", async () => {
    delete process.env.SMTP_URL;
    const lines: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => lines.push(args.join(" "));
    try {
      await invite("boite.locale@exemple.fr");
    } finally {
      console.info = info;
    }
    const files = (await readdir(outboxDir())).filter((f) => f.includes("boite.locale@exemple.fr"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const eml = await readFile(path.join(outboxDir(), files[0]), "utf8");
    expect(eml).toContain("To: boite.locale@exemple.fr");
    expect(eml).toContain("Content-Type: text/html");
    const printed = lines.join("\n");
    expect(printed).toContain(files[0]);
    expect(printed).toMatch(/lien : http:\/\/localhost:3000\/connexion\/mot-de-passe\/[A-Za-z0-9_-]{43}/);
  });
});
