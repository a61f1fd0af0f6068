"use server";
/** The coordinator's formations: create, edit, publish/unpublish, archive and restore. */
import { serverAction } from "@/lib/server-action";
import { formFields, publicationChange, recordForm, withVersion } from "@/lib/server-action/inputs";
import { changeFormationPublication, createFormation, updateFormation } from "@/lib/formations/mutations";

export const createFormationServerAction = serverAction({
  input: formFields,
  run: (values, user) => createFormation(user, values),
  done: ({ id }) => ({ redirect: `/admin/formations/${id}?enregistre=cree` }),
});

export const updateFormationServerAction = serverAction({
  bound: ["id"],
  input: recordForm,
  run: ({ id, ...values }, user) => updateFormation(user, id, values),
  done: ({ version }, { id: _id, ...values }) => ({
    message: "Modifications enregistrées.",
    values: withVersion(values, version),
  }),
});

export const changeFormationPublicationServerAction = serverAction({
  input: publicationChange,
  run: ({ id, operation }, user) => changeFormationPublication(user, id, operation),
  done: ({ id }, { operation }) => ({ redirect: `/admin/formations/${id}?operation=${operation}` }),
});
