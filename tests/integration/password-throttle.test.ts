/**
 * The password throttle on the real database (PGlite or PostgreSQL): the
 * attempt is counted before the password is checked, so a parallel burst is
 * cut at the limit; forged forwarded addresses buy nothing; the owner of an
 * account is not locked out from an address they signed in from; the
 * "current password" of "Mon compte" is throttled the same way; a database
 * error is "unavailable" and counts nothing.
 */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdapter } from "@/lib/db/adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyCredentials } from "@/lib/auth/credentials";
import { throttledPasswordCheck, type ThrottleVerdict } from "@/lib/auth/throttle";
import { clientAddressOf, trustedProxyCount } from "@/lib/http/client-address";
import { changeOwnPassword } from "@/lib/users/mutations";
import { doOf } from "./backoffice-support";

const DEMO_PASSWORD = "cmq-bfc-2018";

/** A sign-in as the form does it, counting how many times the password is actually checked. */
function signInProbe() {
  let evaluated = 0;
  const attempt = (email: string, password: string, address: string) =>
    throttledPasswordCheck({ account: email, address }, async () => {
      evaluated += 1;
      return verifyCredentials({ email, password });
    });
  return { attempt, evaluated: () => evaluated };
}

const statuses = (verdicts: ThrottleVerdict<unknown>[]) =>
  verdicts.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v.status]: (acc[v.status] ?? 0) + 1 }), {});

describe("password throttle", () => {
  it("a parallel burst of 150 guesses with forged X-Forwarded-For gets at most 10 evaluated", async () => {
    const email = "do.agt@cmq-bfc.org";
    const probe = signInProbe();
    // Each request forges its own X-Forwarded-For; with no trusted proxy
    // (TRUSTED_PROXIES unset) the address is the socket's, whatever it says.
    const trusted = trustedProxyCount({});
    const guesses = Array.from({ length: 150 }, (_, i) => {
      const address = clientAddressOf("198.51.100.20", `10.${i % 250}.0.${i % 200}`, trusted);
      // The right password is among them, late in the burst.
      return probe.attempt(email, i === 140 ? DEMO_PASSWORD : `devine-${i}`, address);
    });
    const verdicts = await Promise.all(guesses);
    expect(probe.evaluated()).toBeLessThanOrEqual(10);
    const counts = statuses(verdicts);
    expect(counts.throttled).toBeGreaterThanOrEqual(140);
    expect(counts.unavailable ?? 0).toBe(0);
    // The right password, sent after the limit, was never checked.
    expect(verdicts[140].status).toBe("throttled");
    const throttled = verdicts.find((v) => v.status === "throttled");
    expect(throttled && "retryAfterMs" in throttled && throttled.retryAfterMs).toBeGreaterThan(14 * 60_000);
  });

  it("the same burst from 150 distinct addresses (a botnet) still gets at most 10 evaluated", async () => {
    const email = "do.amf@cmq-bfc.org";
    const probe = signInProbe();
    const verdicts = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        probe.attempt(email, i === 149 ? DEMO_PASSWORD : `devine-${i}`, `192.0.2.${i}`),
      ),
    );
    expect(probe.evaluated()).toBeLessThanOrEqual(10);
    expect(statuses(verdicts).throttled).toBeGreaterThanOrEqual(140);
  });

  it("one address gets 50 attempts per window across accounts, then none", async () => {
    const probe = signInProbe();
    const address = "203.0.113.50";
    const verdicts = await Promise.all(
      Array.from({ length: 60 }, (_, i) => probe.attempt(`compte.${i}@exemple.fr`, `devine-${i}`, address)),
    );
    expect(probe.evaluated()).toBe(50);
    expect(statuses(verdicts)).toEqual({ refused: 50, throttled: 10 });
    // Another address is not concerned.
    expect((await probe.attempt("compte.0@exemple.fr", "encore", "203.0.113.51")).status).toBe("refused");
  });

  it("failures from forged addresses do not lock the owner out of an address they signed in from", async () => {
    const email = "do.itip@cmq-bfc.org";
    const home = "198.51.100.77";
    const probe = signInProbe();
    expect((await probe.attempt(email, DEMO_PASSWORD, home)).status).toBe("accepted");
    // 30 failures from 30 other addresses exhaust the account's budget.
    const attack = await Promise.all(
      Array.from({ length: 30 }, (_, i) => probe.attempt(email, `devine-${i}`, `100.64.0.${i}`)),
    );
    expect(statuses(attack)).toEqual({ refused: 10, throttled: 20 });
    // A new address, even with the right password, waits.
    expect((await probe.attempt(email, DEMO_PASSWORD, "100.64.1.1")).status).toBe("throttled");
    // The owner, at home, signs in.
    const owner = await probe.attempt(email, DEMO_PASSWORD, home);
    expect(owner).toMatchObject({ status: "accepted", value: { email } });
    // Guessing from the known address is bounded too: 10, then it waits.
    const fromHome = await Promise.all(
      Array.from({ length: 15 }, (_, i) => probe.attempt(email, `devine-maison-${i}`, home)),
    );
    expect(statuses(fromHome)).toEqual({ refused: 10, throttled: 5 });
  });

  it("a right password gives its attempt back: successes never lock anyone out", async () => {
    const probe = signInProbe();
    const email = "do.mma@cmq-bfc.org";
    for (let i = 0; i < 25; i++)
      expect((await probe.attempt(email, DEMO_PASSWORD, "198.51.100.90")).status).toBe("accepted");
    expect((await probe.attempt(email, DEMO_PASSWORD, "198.51.100.91")).status).toBe("accepted");
  });

  it("throttles the current-password check of « Mon compte » the same way", async () => {
    const user = await doOf("msi");
    const address = "198.51.100.30";
    const guess = (currentPassword: string) =>
      changeOwnPassword(
        user,
        null,
        { currentPassword, newPassword: "Brume sur la Saône 2026", confirmation: "Brume sur la Saône 2026" },
        address,
      );
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => guess(`devine-${i}`)));
    const messages = results.map((r) =>
      !r.ok && r.reason === "invalid" ? r.fieldErrors.currentPassword : r,
    );
    expect(messages.filter((m) => m === "Le mot de passe actuel est incorrect.")).toHaveLength(10);
    expect(
      messages.filter(
        (m) => typeof m === "string" && /^Trop de tentatives, réessayez dans 15\sminutes\.$/.test(m),
      ),
    ).toHaveLength(20);
    // Even the right one waits now, and the password is unchanged.
    const right = await guess(DEMO_PASSWORD);
    expect(right).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: expect.stringMatching(/^Trop de/) },
    });
    expect(await verifyCredentials({ email: user.email, password: DEMO_PASSWORD })).not.toBeNull();
    // The guesses counted on the account: its sign-in from a new address waits as well.
    expect((await signInProbe().attempt(user.email, DEMO_PASSWORD, "198.51.100.31")).status).toBe(
      "throttled",
    );
  });

  it("holds the same way in Redis when REDIS_URL is set", async () => {
    process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
    try {
      // Redis outlives the test database: an account and addresses of this run only.
      const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const rowsBefore = await db.rateLimit.count();
      const probe = signInProbe();
      const verdicts = await Promise.all(
        Array.from({ length: 150 }, (_, i) =>
          probe.attempt(`redis.${run}@exemple.fr`, `devine-${i}`, `redis-${run}-${i}`),
        ),
      );
      expect(probe.evaluated()).toBeLessThanOrEqual(10);
      expect(statuses(verdicts)).toEqual({ refused: 10, throttled: 140 });
      // Counted in Redis, not in the database.
      expect(await db.rateLimit.count()).toBe(rowsBefore);
    } finally {
      delete process.env.REDIS_URL;
    }
  });

  describe("when the database fails", () => {
    // A client on a PostgreSQL port nobody listens on: every query fails as
    // it does when the server is down.
    const broken = new PrismaClient({
      adapter: createAdapter({ kind: "postgres", url: "postgresql://postgres@127.0.0.1:1/none" }).factory,
    });
    afterAll(() => broken.$disconnect());

    const throttleRows = () =>
      db.rateLimit.findMany({ select: { key: true, points: true }, orderBy: { key: "asc" } });

    it("answers « unavailable », never « incorrect », and counts nothing", async () => {
      const email = "do.ti@cmq-bfc.org";
      const address = "198.51.100.40";
      const before = await throttleRows();
      const verdict = await throttledPasswordCheck({ account: email, address }, async () => {
        // The password check reads the account on the failing database.
        const user = await broken.user.findUnique({ where: { email }, select: { id: true } });
        return user ? true : null;
      });
      expect(verdict).toEqual({ status: "unavailable" });
      const after = await throttleRows();
      // The attempt was counted before the check, then given back.
      const changed = after.filter((row) => before.find((b) => b.key === row.key)?.points !== row.points);
      expect(changed.every((row) => row.points === 0)).toBe(true);
      // The right password still signs in: nothing was counted as a failure.
      const probe = signInProbe();
      for (let i = 0; i < 12; i++)
        await throttledPasswordCheck({ account: email, address }, async () => {
          await broken.user.count();
          return true;
        });
      expect((await probe.attempt(email, DEMO_PASSWORD, address)).status).toBe("accepted");
    });

    it("answers « unavailable » when the throttle's own store fails", async () => {
      const holder = (globalThis as { __cmqPrisma?: { client?: PrismaClient } }).__cmqPrisma!;
      const working = holder.client;
      holder.client = broken;
      try {
        let evaluated = 0;
        const verdict = await throttledPasswordCheck(
          { account: "do.ti@cmq-bfc.org", address: "198.51.100.41" },
          async () => {
            evaluated += 1;
            return true;
          },
        );
        expect(verdict).toEqual({ status: "unavailable" });
        expect(evaluated).toBe(0);
      } finally {
        holder.client = working;
      }
    });
  });
});
