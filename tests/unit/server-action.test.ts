/**
 * The steps every server action takes (lib/server-action/run.ts): session,
 * parse of what the browser sent, lib call, result → form state. Each
 * refusal keeps the submitted values; passwords never come back.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/types";
import { conflict, forbidden, invalid, notFound, type Result } from "@/lib/result";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "@/lib/db/unavailable";
import { runServerAction, SESSION_EXPIRED, type ServerActionSpec } from "@/lib/server-action/run";
import { INVALID_FORM } from "@/lib/server-action/state";

const coordinator: SessionUser = {
  id: "user-coord",
  email: "coordination@cmq-bfc.org",
  name: "Coordination régionale",
  role: "COORDINATOR",
  campusId: null,
  campusSlug: null,
};
const signedIn = async () => coordinator;
const signedOut = async () => null;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

const submitted = { title: "Forum des métiers", campusIds: ["ti", "msi"], password: "secret-secret" };
const kept = { title: "Forum des métiers", campusIds: ["ti", "msi"] };

/** A spec whose lib call answers `result`, recording what it was called with. */
function specAnswering(result: Result, calls: unknown[][] = []) {
  return {
    bound: ["id"],
    input: z.looseObject({ id: z.string().min(1, { error: "Identifiant manquant." }) }),
    run: async (input, user) => {
      calls.push([input, user]);
      return result;
    },
    done: ({ id }) => ({ redirect: `/admin/elements/${id}` }),
  } satisfies ServerActionSpec<{ id: string }, Result, SessionUser, Record<string, string | string[]>>;
}

describe("a server action", () => {
  it("refuses an expired session with the session message, keeping what was typed (not the password)", async () => {
    const calls: unknown[][] = [];
    const outcome = await runServerAction(
      specAnswering({ ok: true, id: "x" }, calls),
      ["x", { status: "idle" }, form(submitted)],
      signedOut,
    );
    expect(outcome).toEqual({
      state: { status: "error", message: SESSION_EXPIRED, values: kept },
      succeeded: false,
    });
    expect(calls).toEqual([]);
  });

  it("refuses an input that does not parse with its field errors, keeping the values, without calling lib", async () => {
    const calls: unknown[][] = [];
    const outcome = await runServerAction(
      specAnswering({ ok: true, id: "x" }, calls),
      ["", { status: "idle" }, form(submitted)],
      signedIn,
    );
    expect(outcome).toEqual({
      state: {
        status: "invalid",
        message: "Identifiant manquant.",
        fieldErrors: { id: "Identifiant manquant." },
        values: kept,
      },
      succeeded: false,
    });
    expect(calls).toEqual([]);
  });

  it("hands lib the parsed input, bound arguments under their names, and the signed-in user", async () => {
    const calls: unknown[][] = [];
    const outcome = await runServerAction(
      specAnswering({ ok: true, id: "abc" }, calls),
      ["abc", { status: "idle" }, form({ title: "Forum" })],
      signedIn,
    );
    expect(calls).toEqual([[{ id: "abc", title: "Forum" }, coordinator]]);
    expect(outcome).toEqual({ redirect: "/admin/elements/abc", succeeded: true });
  });

  it.each([
    ["not_found", notFound(), "Élément introuvable."],
    ["forbidden", forbidden(), "Action réservée à la coordination régionale."],
    ["conflict", { ok: false, reason: "conflict" } as const, "Cet élément a été modifié entre-temps"],
  ] as const)("words a lib %s refusal and keeps the values", async (_reason, result, message) => {
    const outcome = await runServerAction(
      specAnswering(result),
      ["x", { status: "idle" }, form(submitted)],
      signedIn,
    );
    expect(outcome).toEqual({
      state: { status: "error", message: expect.stringContaining(message), values: kept },
      succeeded: false,
    });
  });

  it("prefers the lib's own words, then the action's, to the default wording", async () => {
    const run = async (
      result: Result,
      messages?: ServerActionSpec<unknown, Result, SessionUser>["messages"],
    ) =>
      runServerAction({ ...specAnswering(result), messages }, ["x", { status: "idle" }, form({})], signedIn);
    expect(await run(conflict("Le rapport 2018 est validé : il est figé."))).toMatchObject({
      // Typeset on the way out, whoever wrote it (lib/text/typography.ts).
      state: { status: "error", message: "Le rapport 2018 est validé\u00A0: il est figé." },
    });
    expect(await run(notFound(), { not_found: "Compte introuvable." })).toMatchObject({
      state: { status: "error", message: "Compte introuvable." },
    });
    expect(await run(forbidden("Import réservé."), { forbidden: "Autre chose." })).toMatchObject({
      state: { status: "error", message: "Import réservé." },
    });
  });

  it("answers a lib invalid refusal with its field errors; the message is the form-level error, if any", async () => {
    const run = (result: Result) =>
      runServerAction(specAnswering(result), ["x", { status: "idle" }, form(submitted)], signedIn);
    expect(await run(invalid({ title: "Saisissez le titre.", slug: "Adresse déjà prise." }))).toEqual({
      state: {
        status: "invalid",
        message: INVALID_FORM,
        fieldErrors: { title: "Saisissez le titre.", slug: "Adresse déjà prise." },
        values: kept,
      },
      succeeded: false,
    });
    expect(await run(invalid({ _form: "Cet élément est déjà archivé." }))).toMatchObject({
      state: { status: "invalid", message: "Cet élément est déjà archivé." },
    });
  });

  it("typesets the words of a refusal (French typography), never the values sent back to the fields", async () => {
    const typed = { title: "L'atelier : portes ouvertes ?" };
    const outcome = await runServerAction(
      specAnswering(invalid({ title: "Le titre de l'action : 200 caractères au plus." })),
      ["x", { status: "idle" }, form(typed)],
      signedIn,
    );
    expect(outcome).toEqual({
      state: {
        status: "invalid",
        message: "Le titre de l’action\u00A0: 200 caractères au plus.",
        fieldErrors: { title: "Le titre de l’action\u00A0: 200 caractères au plus." },
        values: typed,
      },
      succeeded: false,
    });
  });

  it("turns a conflict into the form's view of both versions when the action offers one", async () => {
    type Saved = Result<{ id: string }, { version: number }>;
    const spec: ServerActionSpec<
      { id: string },
      Saved,
      SessionUser,
      undefined,
      undefined,
      { theirs: number }
    > = {
      input: z.object({ id: z.string() }),
      run: async () => ({ ok: false, reason: "conflict", current: { version: 7 } }),
      conflict: async (failure) => ({
        message: "Quelqu'un a enregistré.",
        conflict: { theirs: failure.current.version },
      }),
      done: () => ({ message: "Enregistré." }),
    };
    expect(await runServerAction(spec, [{ status: "idle" }, { id: "a" }], signedIn)).toEqual({
      state: {
        status: "conflict",
        message: "Quelqu’un a enregistré.",
        conflict: { theirs: 7 },
        values: undefined,
      },
      succeeded: false,
    });
  });

  it("answers a success with its message, data and values when the action does not redirect", async () => {
    const spec: ServerActionSpec<
      Record<string, unknown>,
      Result<{ id: string; generatedPassword: string }>,
      SessionUser,
      { email: string },
      { password: string }
    > = {
      input: z.looseObject({}),
      values: (fields) => ({ email: String(fields.email ?? "") }),
      run: async () => ({ ok: true, id: "u1", generatedPassword: "mot-de-passe-provisoire" }),
      done: ({ generatedPassword }) => ({
        message: "Compte créé.",
        data: { password: generatedPassword },
        values: { email: "" },
      }),
    };
    expect(
      await runServerAction(spec, [{ status: "idle" }, form({ email: "a@b.fr", password: "x" })], signedIn),
    ).toEqual({
      state: {
        status: "success",
        message: "Compte créé.",
        data: { password: "mot-de-passe-provisoire" },
        values: { email: "" },
      },
      succeeded: true,
    });
  });

  it("runs a public action without reading any session", async () => {
    const users: unknown[] = [];
    const spec: ServerActionSpec<{ email: string }, Result<object>, null> = {
      input: z.object({ email: z.string().min(1, { error: "Saisissez votre adresse e-mail." }) }),
      run: async (_input, user) => {
        users.push(user);
        return forbidden("Adresse e-mail ou mot de passe incorrect.");
      },
      done: () => ({ redirect: "/admin" }),
    };
    expect(
      await runServerAction(spec, [{ status: "idle" }, form({ email: "a@b.fr", password: "x" })], null),
    ).toEqual({
      state: {
        status: "error",
        message: "Adresse e-mail ou mot de passe incorrect.",
        values: { email: "a@b.fr" },
      },
      succeeded: false,
    });
    expect(users).toEqual([null]);
  });

  it("answers a database that is down or silent with the unavailability message, keeping what was typed", async () => {
    const failures = [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("Query read timeout"),
      new Error("timeout exceeded when trying to connect"),
      Object.assign(new Error("Invalid `prisma.action.update()` invocation"), {
        code: "P2010",
        cause: { kind: "postgres", originalCode: "57014" },
      }),
    ];
    for (const failure of failures) {
      for (const session of [signedIn, async () => Promise.reject(failure)]) {
        const spec = { ...specAnswering({ ok: true, id: "x" }), run: async () => Promise.reject(failure) };
        const outcome = await runServerAction(spec, ["x", { status: "idle" }, form(submitted)], session);
        expect(outcome).toEqual({
          state: { status: "error", message: SERVICE_UNAVAILABLE, values: kept },
          succeeded: false,
        });
      }
    }
  });

  it("lets any other error through: a bug is not an outage", async () => {
    const bug = new TypeError("Cannot read properties of undefined");
    expect(isDatabaseUnavailable(bug)).toBe(false);
    const spec = { ...specAnswering({ ok: true, id: "x" }), run: async () => Promise.reject(bug) };
    await expect(runServerAction(spec, ["x", { status: "idle" }, form(submitted)], signedIn)).rejects.toBe(
      bug,
    );
  });
});
