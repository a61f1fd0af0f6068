/**
 * What the server actions of the back office parse before calling lib/:
 * the envelope of a request (ids, operations, the fields as submitted).
 * The content of the fields is validated by the lib mutation, which the
 * route handlers call too.
 */
import { z } from "zod";
import { publicationOperationSchema } from "@/lib/forms/publication";
import type { Submitted } from "./state";

/** A record id (bound by the page or in a hidden field); anything else is an id found nowhere. */
export const recordId = z.string().max(64).catch("");

/** A text field; absent or not a text reads as empty. */
export const textField = z.string().catch("");

/** The fields of a form as submitted, handed to the lib mutation that validates them. */
export const formFields = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** A form about one record: its id, and its fields as submitted. */
export const recordForm = z.looseObject({ id: recordId });

/** A one-button form about one record (a deletion, a restore). */
export const recordRef = z.object({ id: recordId });

/** Publish, unpublish, archive or restore one record. */
export const publicationChange = z.object({ id: recordId, operation: publicationOperationSchema });

/**
 * What a form of a versioned record shows after a successful save: the
 * fields as submitted, with the record's new version (its hidden field), so
 * that the next save is made from it.
 */
export function withVersion(fields: Record<string, unknown>, version: number): Submitted {
  const kept = Object.entries(fields).filter(
    (entry): entry is [string, string | string[]] => typeof entry[1] === "string" || Array.isArray(entry[1]),
  );
  return { ...Object.fromEntries(kept), version: String(version) };
}
