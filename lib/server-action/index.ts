import "server-only";
/**
 * The one way a server action is written (files named server-actions.ts,
 * functions named …ServerAction):
 *
 *   export const updateFundingServerAction = serverAction({
 *     bound: ["id"],
 *     input: z.looseObject({ id: idSchema }),
 *     run: ({ id, ...values }, user) => updateFunding(user, id, values),
 *     done: () => ({ message: "Modifications enregistrées." }),
 *   });
 *
 * The signed-in user is read here, never taken from the browser; lib/
 * decides what the user may do. Every success revalidates the back office
 * and redirects or answers its message; every refusal is a FormState that
 * keeps what was submitted (lib/server-action/run.ts has the steps).
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import type { Failure } from "@/lib/result";
import { runServerAction, type ServerActionSpec } from "./run";
import type { FormState, Submitted } from "./state";

/** Any lib result: its conflicts carry their current state or not. */
type AnyResult = { ok: true } | Failure<never> | Failure<unknown>;
type BoundArgs<B extends readonly string[]> = { [K in keyof B]: string };
type Input = FormData | Record<string, unknown>;

function build<Parsed, R extends AnyResult, User, Values, Data, Conflict, B extends readonly string[]>(
  spec: ServerActionSpec<Parsed, R, User, Values, Data, Conflict, B>,
  session: (() => Promise<User | null>) | null,
) {
  type State = FormState<Values, Data, Conflict>;
  return async (...args: [...BoundArgs<B>, State, Input]): Promise<State> => {
    const outcome = await runServerAction(spec, args, session);
    // Pages of the back office show what was just written.
    if (outcome.succeeded && session && spec.revalidate !== false) revalidatePath("/admin", "layout");
    if ("redirect" in outcome) redirect(outcome.redirect);
    return outcome.state;
  };
}

/** A server action of a signed-in user (every back-office form); an expired session is refused. */
export function serverAction<
  Parsed,
  R extends AnyResult,
  Values = Submitted,
  Data = undefined,
  Conflict = undefined,
  const B extends readonly string[] = [],
>(spec: ServerActionSpec<Parsed, R, SessionUser, Values, Data, Conflict, B>) {
  return build(spec, getCurrentUser);
}

/** A server action without a session: signing in and out. */
export function publicServerAction<
  Parsed,
  R extends AnyResult,
  Values = Submitted,
  Data = undefined,
  const B extends readonly string[] = [],
>(spec: ServerActionSpec<Parsed, R, null, Values, Data, undefined, B>) {
  return build(spec, null);
}
