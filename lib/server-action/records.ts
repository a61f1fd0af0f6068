import "server-only";
/**
 * The server actions of a back-office record screen (/admin/<section>/…),
 * written once: create, save, change the publication, delete. Each domain's
 * server-actions.ts names them and hands over its lib calls:
 *
 *   export const createFormationServerAction = creationServerAction("formations", createFormation);
 */
import type { SessionUser } from "@/lib/auth/types";
import type { PublicationOperation } from "@/lib/forms/publication";
import type { Result } from "@/lib/result";
import { serverAction } from "./index";
import { formFields, publicationChange, recordForm, recordRef, withVersion } from "./inputs";
import type { Submitted } from "./state";

type Saved = Result<{ id: string }>;
type VersionedSaved = Result<{ id: string; version: number }>;

/** Creates the record from the form's fields, then opens its page. */
export function creationServerAction(
  section: string,
  create: (user: SessionUser, values: Submitted) => Promise<Saved>,
) {
  return serverAction({
    input: formFields,
    run: (values, user) => create(user, values),
    done: ({ id }) => ({ redirect: `/admin/${section}/${id}?enregistre=cree` }),
  });
}

/** Saves the record whose id the page binds; the form stays, with its fields as saved. */
export function updateServerAction(
  update: (user: SessionUser, id: string, values: unknown) => Promise<Saved>,
) {
  return serverAction({
    bound: ["id"],
    input: recordForm,
    run: ({ id, ...values }, user) => update(user, id, values),
    done: () => ({ message: "Modifications enregistrées." }),
  });
}

/**
 * Saves a versioned record (its hidden "version" field): the form gets the
 * new version back, so that its next save is made from it.
 */
export function versionedUpdateServerAction(
  update: (user: SessionUser, id: string, values: unknown) => Promise<VersionedSaved>,
) {
  return serverAction({
    bound: ["id"],
    input: recordForm,
    run: ({ id, ...values }, user) => update(user, id, values),
    done: ({ version }, { id: _id, ...values }) => ({
      message: "Modifications enregistrées.",
      values: withVersion(values, version),
    }),
  });
}

/** Publishes, unpublishes, archives or restores the record, then shows its page with the outcome. */
export function publicationServerAction(
  section: string,
  change: (user: SessionUser, id: string, operation: PublicationOperation) => Promise<Saved>,
) {
  return serverAction({
    input: publicationChange,
    run: ({ id, operation }, user) => change(user, id, operation),
    done: ({ id }, { operation }) => ({ redirect: `/admin/${section}/${id}?operation=${operation}` }),
  });
}

/** Deletes the record (restorable from the archives), then goes back to the section's list. */
export function deletionServerAction(
  section: string,
  remove: (user: SessionUser, id: string) => Promise<Saved>,
) {
  return serverAction({
    input: recordRef,
    run: ({ id }, user) => remove(user, id),
    done: () => ({ redirect: `/admin/${section}?supprime=1` }),
  });
}
