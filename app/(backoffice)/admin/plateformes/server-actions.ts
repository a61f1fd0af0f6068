"use server";
/** The coordinator's plateformes technologiques: create, edit, publish/unpublish, archive and restore. */
import { serverAction } from "@/lib/server-action";
import { formFields, publicationChange, recordForm, withVersion } from "@/lib/server-action/inputs";
import { changePlatformPublication, createPlatform, updatePlatform } from "@/lib/platforms/mutations";

export const createPlatformServerAction = serverAction({
  input: formFields,
  run: (values, user) => createPlatform(user, values),
  done: ({ id }) => ({ redirect: `/admin/plateformes/${id}?enregistre=cree` }),
});

export const updatePlatformServerAction = serverAction({
  bound: ["id"],
  input: recordForm,
  run: ({ id, ...values }, user) => updatePlatform(user, id, values),
  done: ({ version }, { id: _id, ...values }) => ({
    message: "Modifications enregistrées.",
    values: withVersion(values, version),
  }),
});

export const changePlatformPublicationServerAction = serverAction({
  input: publicationChange,
  run: ({ id, operation }, user) => changePlatformPublication(user, id, operation),
  done: ({ id }, { operation }) => ({ redirect: `/admin/plateformes/${id}?operation=${operation}` }),
});
