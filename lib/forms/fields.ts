/**
 * zod building blocks for back-office forms: French messages, the empty
 * string of an untouched input treated as "no value", lengths enforced,
 * control characters refused (line breaks and tabs are kept: some optional
 * texts are text areas).
 */
import { z } from "zod";
import { controlCharactersMessage, hasControlCharacters } from "@/lib/text/control";

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const emptyToNull = (v: unknown) => {
  const t = trimmed(v);
  return t === "" || t === undefined ? null : t;
};

/**
 * A text without control characters (`multiline`: line breaks and tabs
 * allowed), the refusal naming the field: every text field of a form, an
 * import or a URL parameter is one of these.
 */
export function plainText(
  what: string,
  { multiline = false, error }: { multiline?: boolean; error?: string } = {},
) {
  return z.string(error ? { error } : undefined).refine((v) => !hasControlCharacters(v, { multiline }), {
    error: controlCharactersMessage(capitalise(what)),
  });
}

/** A required text: "Saisissez <what>", at most `max` characters. */
export function requiredText(what: string, max: number, min = 1) {
  return z.preprocess(
    (v) => trimmed(v ?? ""),
    plainText(what, { multiline: true, error: `Saisissez ${what}.` })
      .min(1, { error: `Saisissez ${what}.` })
      .min(min, { error: `Saisissez au moins ${min} caractères pour ${what}.` })
      .max(max, { error: `${capitalise(what)}\u00A0: ${max} caractères au plus.` }),
  );
}

/** An optional text; empty becomes null. */
export function optionalText(what: string, max: number) {
  return z.preprocess(
    emptyToNull,
    plainText(what, { multiline: true })
      .max(max, { error: `${capitalise(what)}\u00A0: ${max} caractères au plus.` })
      .nullable(),
  );
}

/** A text that may be empty (stored as ""), for Markdown bodies and descriptions. */
export function longText(what: string, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\r\n/g, "\n").trim() : ""),
    plainText(what, { multiline: true }).max(max, {
      error: `${capitalise(what)}\u00A0: ${max} caractères au plus.`,
    }),
  );
}

/** An http(s) address; empty becomes null. */
export function optionalUrl(what: string) {
  return z.preprocess(emptyToNull, httpUrl(what).nullable());
}

export function httpUrl(what: string) {
  return plainText(what, { error: `Saisissez ${what}.` })
    .max(500, { error: `${capitalise(what)}\u00A0: 500 caractères au plus.` })
    .refine((v) => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), {
      error: `Saisissez ${what} complète, commençant par https:// (ou http://).`,
    });
}

/** A checkbox group: absent → [], one value → [value]. */
export function checkboxList<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );
}

/** A single checkbox: checked sends "on" (or "true"). */
export const checkbox = z.preprocess(
  (v) => v === true || v === "on" || v === "true" || v === "1",
  z.boolean(),
);

function toNumberOrNull(v: unknown): unknown {
  const t = emptyToNull(v);
  return t === null ? null : typeof t === "string" ? Number(t.replace(/[\s\u202f\u00a0]/g, "")) : t;
}

function wholeNumber(what: string, min: number, max: number) {
  const name = capitalise(what);
  return z
    .number({
      error: (issue) =>
        issue.input === null || issue.input === undefined
          ? `Saisissez ${what}.`
          : `${name}\u00A0: saisissez un nombre entier.`,
    })
    .int({ error: `${name}\u00A0: saisissez un nombre entier.` })
    .min(min, { error: `${name}\u00A0: ${min} au minimum.` })
    .max(max, { error: `${name}\u00A0: ${max} au maximum.` });
}

/** An optional whole number within bounds; empty becomes null. */
export function optionalInt(what: string, min: number, max: number) {
  return z.preprocess(toNumberOrNull, wholeNumber(what, min, max).nullable());
}

export function requiredInt(what: string, min: number, max: number) {
  return z.preprocess(toNumberOrNull, wholeNumber(what, min, max));
}

/** A value from a closed list (a select or radio group). */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess(emptyToNull, z.enum(values, { error: message }));
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess(emptyToNull, z.enum(values, { error: message }).nullable());
}

/** An id chosen in a list the server built; empty becomes null (checked against the database by the mutation). */
export const optionalId = z.preprocess(emptyToNull, z.string().max(64).nullable());

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function capitalise(s: string): string {
  const t = s.replace(/^(le |la |les |l'|l’|un |une |des |votre |son |sa |ses )/i, "");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export { enumValues } from "@/lib/enums";
