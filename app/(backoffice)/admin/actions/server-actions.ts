"use server";
/**
 * Server actions of the action screens ("action" the domain: an action of a
 * campus). lib/actions/mutations.ts checks the campus scope of every id: a
 * forged id of another campus's action is "not found", nothing is written.
 */
import { z } from "zod";
import { serverAction } from "@/lib/server-action";
import { recordId } from "@/lib/server-action/inputs";
import { changeActionPublication, createAction, revertAction, updateAction } from "@/lib/actions/mutations";
import { actionOperationSchema, saveActionPayloadSchema, versionSchema } from "@/lib/actions/schema";
import { ACTION_CONFLICT_MESSAGE, loadActionConflict } from "@/lib/actions/conflict";

const OUT_OF_SCOPE = "Action introuvable, ou hors du périmètre de votre campus. Rien n’a été enregistré.";
const messages = { not_found: OUT_OF_SCOPE, forbidden: OUT_OF_SCOPE };

/** Create (no id) or save over the version the form was opened at; a conflict shows both versions. */
export const saveActionServerAction = serverAction({
  input: saveActionPayloadSchema,
  run: ({ id, version, values }, user) =>
    id === null ? createAction(user, values) : updateAction(user, id, version, values),
  messages,
  conflict: async (failure, { id, values }, user) => ({
    message: ACTION_CONFLICT_MESSAGE,
    conflict: await loadActionConflict(user, id ?? "", failure.current, values),
  }),
  done: (saved, { id }) => ({
    redirect: `/admin/actions/${saved.id}?enregistre=${id === null ? "cree" : saved.changed ? saved.version : "inchange"}`,
  }),
});

export const changeActionPublicationServerAction = serverAction({
  input: z.object({ id: recordId, operation: actionOperationSchema, back: z.string().optional() }),
  run: ({ id, operation }, user) => changeActionPublication(user, id, operation),
  messages,
  done: ({ id }, { operation, back }) => ({
    redirect:
      back === "archives" ? `/admin/archives?restauree=${id}` : `/admin/actions/${id}?operation=${operation}`,
  }),
});

export const revertActionServerAction = serverAction({
  // A version that is not one is found nowhere.
  input: z.object({ id: recordId, version: versionSchema.catch(0) }),
  run: ({ id, version }, user) => revertAction(user, id, version),
  messages: {
    ...messages,
    conflict: "L’action vient d’être modifiée\u00A0: rechargez l’historique puis réessayez.",
  },
  done: ({ id }, { version }) => ({ redirect: `/admin/actions/${id}/historique?retour=${version}` }),
});
