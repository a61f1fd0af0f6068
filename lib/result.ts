/**
 * What every write of lib/ answers: success with its data, or one of four
 * refusals. Expected refusals are returned, never thrown; a server action
 * (lib/server-action) turns them into a form state, a route handler into an
 * HTTP status. Pure: imported by the server and by the browser.
 */
import type { z } from "zod";
import { frenchTypography } from "@/lib/text/typography";

/** One message per field, keyed by the field's dotted path ("title", "links.0.url"); "_form" for the whole. */
export type FieldErrors = Record<string, string>;

/**
 * - forbidden: the user may not do this at all;
 * - not_found: unknown id, or one outside the user's scope (the two look the same);
 * - invalid: the input is wrong, field by field;
 * - conflict: the data moved on (someone else's save, a frozen edition…).
 * `message` is set when the lib has something more precise to say than the
 * caller's wording for that reason.
 */
export type Failure<Conflict = never> =
  | { ok: false; reason: "forbidden"; message?: string }
  | { ok: false; reason: "not_found"; message?: string }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  | ({ ok: false; reason: "conflict"; message?: string } & ([Conflict] extends [never]
      ? unknown
      : { current: Conflict }));

export type Result<T extends object = { id: string }, Conflict = never> =
  ({ ok: true } & T) | Failure<Conflict>;

export type FailureReason = Failure["reason"];

// Every refusal is read by a person (a form, an API client's screen): its words are typeset here,
// once, whoever wrote them (lib/text/typography.ts; applying it twice changes nothing).

export function forbidden(message?: string) {
  return message === undefined
    ? ({ ok: false, reason: "forbidden" } as const)
    : ({ ok: false, reason: "forbidden", message: frenchTypography(message) } as const);
}

export function notFound(message?: string) {
  return message === undefined
    ? ({ ok: false, reason: "not_found" } as const)
    : ({ ok: false, reason: "not_found", message: frenchTypography(message) } as const);
}

/** Field errors with their messages typeset. */
export function typesetFieldErrors(fieldErrors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).map(([key, m]) => [key, frenchTypography(m)]));
}

export function invalid(fieldErrors: FieldErrors) {
  return { ok: false, reason: "invalid", fieldErrors: typesetFieldErrors(fieldErrors) } as const;
}

/** A refusal of the whole form, not of one field. */
export function invalidForm(message: string) {
  return invalid({ _form: message });
}

export function conflict(message: string) {
  return { ok: false, reason: "conflict", message: frenchTypography(message) } as const;
}

/** One message per field (the first), keyed by the dotted path of the field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    out[key] ??= issue.message;
  }
  return typesetFieldErrors(out);
}
