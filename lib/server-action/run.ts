/**
 * The steps of every server action, in this order: the session (unless the
 * action is public), the parse of every argument the browser sent, the call
 * to lib/, then its result mapped to the form's state, with the submitted
 * values kept on every refusal; on success, where to go or what to say.
 * Pure, without Next.js: lib/server-action/index.ts runs it in a request.
 */
import type { z } from "zod";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "@/lib/db/unavailable";
import { fieldErrorsOf, typesetFieldErrors, type FieldErrors, type Failure } from "@/lib/result";
import { frenchTypography } from "@/lib/text/typography";
import { formDataToObject, INVALID_FORM, type FormState, type Submitted } from "./state";

export const SESSION_EXPIRED =
  "Votre session a expiré. Reconnectez-vous dans un autre onglet puis enregistrez à nouveau\u00A0: vos saisies sont conservées ici.";

/** The wording of a refusal that the lib result does not word itself. */
export type RefusalMessages = {
  sessionExpired: string;
  forbidden: string;
  not_found: string;
  conflict: string;
};

const DEFAULT_MESSAGES: RefusalMessages = {
  sessionExpired: SESSION_EXPIRED,
  forbidden: "Action réservée à la coordination régionale.",
  not_found: "Élément introuvable.",
  conflict: "Cet élément a été modifié entre-temps\u00A0: rechargez la page, puis recommencez.",
};

/** Any lib result: its conflicts carry their current state or not. */
type AnyResult = { ok: true } | Failure<never> | Failure<unknown>;
type Success<R> = Extract<R, { ok: true }>;
type ConflictOf<R> = Extract<R, { reason: "conflict" }>;

/** After a success: redirect, or answer a message (and data for the form, or new values for its fields). */
export type Done<Values, Data> = { redirect: string } | { message: string; data?: Data; values?: Values };

export type ServerActionSpec<
  Parsed,
  R extends AnyResult,
  User,
  Values = Submitted,
  Data = undefined,
  Conflict = undefined,
  Bound extends readonly string[] = readonly string[],
> = {
  /** Names of the arguments a page binds before the form's own (`action.bind(null, id)`). */
  bound?: Bound;
  /**
   * Parses everything the browser sent: the submitted fields (or the JSON
   * payload), with the bound arguments under their names. A server action is
   * a public endpoint: nothing reaches `run` unparsed.
   */
  input: z.ZodType<Parsed>;
  /** What every refusal sends back to the form; by default the submitted fields, passwords left out. */
  values?: (submitted: Record<string, unknown>) => Values;
  /** The call to lib/, which decides the permission and validates the content. */
  run: (input: Parsed, user: User) => Promise<R>;
  messages?: Partial<RefusalMessages>;
  /** Turns a conflict into what the form shows (their version next to the submitted one). */
  conflict?: (
    failure: ConflictOf<R>,
    input: Parsed,
    user: User,
  ) => Promise<{ message: string; conflict: Conflict }>;
  done: (result: Success<R>, input: Parsed) => Done<Values, Data>;
  /**
   * false for a write no page shows (a private working copy, the session's
   * idle time): its success does not re-render the back office.
   */
  revalidate?: boolean;
};

export type Outcome<State> = { state: State; succeeded: boolean } | { redirect: string; succeeded: true };

/** Passwords never travel back to the browser, whatever a form names its fields. */
function withoutSecrets(submitted: Submitted): Submitted {
  return Object.fromEntries(Object.entries(submitted).filter(([name]) => !/password/i.test(name)));
}

/** The submitted fields (files included, for `input` to check) or the JSON payload, as one object. */
function fieldsOf(submitted: unknown): Record<string, unknown> {
  if (submitted instanceof FormData) {
    const files = [...submitted.entries()].filter(([, v]) => typeof v !== "string");
    return { ...formDataToObject(submitted), ...Object.fromEntries(files) };
  }
  return submitted && typeof submitted === "object" && !Array.isArray(submitted)
    ? (submitted as Record<string, unknown>)
    : {};
}

/** The one sentence summing up field errors: the form-level one, the only one, or the generic one. */
function summary(fieldErrors: FieldErrors): string {
  const messages = Object.values(fieldErrors);
  return fieldErrors._form ?? (messages.length === 1 ? messages[0] : INVALID_FORM);
}

/**
 * Runs `spec` on the arguments of a server action call: the bound
 * arguments, the previous state (unused) and the submitted form or payload.
 * `session` loads the signed-in user; null for a public action.
 */
export async function runServerAction<Parsed, R extends AnyResult, User, Values, Data, Conflict>(
  spec: ServerActionSpec<Parsed, R, User, Values, Data, Conflict>,
  args: unknown[],
  session: (() => Promise<User | null>) | null,
): Promise<Outcome<FormState<Values, Data, Conflict>>> {
  try {
    return typesetOutcome<Values, Data, Conflict>(await runSteps(spec, args, session));
  } catch (error) {
    // The database is down or silent: the form says so and keeps what was typed (any other error is a bug).
    if (!isDatabaseUnavailable(error)) throw error;
    return {
      state: { status: "error", message: SERVICE_UNAVAILABLE, values: submittedValues(spec, args) },
      succeeded: false,
    };
  }
}

/**
 * The words of a state typeset (lib/text/typography.ts), whoever wrote them: the
 * spec's messages, lib's refusals, zod's. The values go back as submitted.
 */
function typesetOutcome<Values, Data, Conflict>(
  outcome: Outcome<FormState<Values, Data, Conflict>>,
): Outcome<FormState<Values, Data, Conflict>> {
  if (!("state" in outcome) || outcome.state.status === "idle") return outcome;
  const state = { ...outcome.state, message: frenchTypography(outcome.state.message) };
  if (state.status === "invalid") state.fieldErrors = typesetFieldErrors(state.fieldErrors);
  return { ...outcome, state };
}

/** What every refusal sends back to the form: the spec's choice, or the submitted fields without passwords. */
function submittedValues<Values>(
  spec: { values?: (submitted: Record<string, unknown>) => Values },
  args: unknown[],
) {
  const submitted = args[args.length - 1];
  return (
    spec.values?.(fieldsOf(submitted)) ??
    (submitted instanceof FormData ? (withoutSecrets(formDataToObject(submitted)) as Values) : undefined)
  );
}

async function runSteps<Parsed, R extends AnyResult, User, Values, Data, Conflict>(
  spec: ServerActionSpec<Parsed, R, User, Values, Data, Conflict>,
  args: unknown[],
  session: (() => Promise<User | null>) | null,
): Promise<Outcome<FormState<Values, Data, Conflict>>> {
  const bound = spec.bound ?? [];
  const submitted = args[args.length - 1];
  const fields = fieldsOf(submitted);
  const values = submittedValues(spec, args);
  const messages = { ...DEFAULT_MESSAGES, ...spec.messages };
  const refused = (state: FormState<Values, Data, Conflict>) => ({
    state: { ...state, values },
    succeeded: false,
  });

  const user = session ? await session() : (null as User);
  if (session && !user) return refused({ status: "error", message: messages.sessionExpired });

  const parsed = spec.input.safeParse({
    ...fields,
    ...Object.fromEntries(bound.map((name, i) => [name, args[i]])),
  });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return refused({ status: "invalid", message: summary(fieldErrors), fieldErrors });
  }

  const result = await spec.run(parsed.data, user as User);
  if (result.ok) {
    const done = spec.done(result as Success<R>, parsed.data);
    if ("redirect" in done) return { redirect: done.redirect, succeeded: true };
    return {
      state: { status: "success", message: done.message, data: done.data, values: done.values ?? values },
      succeeded: true,
    };
  }
  const failure = result as Failure<unknown>;
  switch (failure.reason) {
    case "invalid":
      return refused({
        status: "invalid",
        message: summary(failure.fieldErrors),
        fieldErrors: failure.fieldErrors,
      });
    case "conflict":
      if (spec.conflict)
        return refused({
          status: "conflict",
          ...(await spec.conflict(result as ConflictOf<R>, parsed.data, user as User)),
        });
      return refused({ status: "error", message: failure.message ?? messages.conflict });
    default:
      return refused({ status: "error", message: failure.message ?? messages[failure.reason] });
  }
}
