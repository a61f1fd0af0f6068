"use server";
/** The coordinator's formations: create, edit, publish/unpublish, archive and restore. */
import { serverAction } from "@/lib/server-action";
import { formFields, publicationChange, recordForm } from "@/lib/server-action/inputs";
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
  done: () => ({ message: "Modifications enregistrées." }),
});

export const changeFormationPublicationServerAction = serverAction({
  input: publicationChange,
  run: ({ id, operation }, user) => changeFormationPublication(user, id, operation),
  done: ({ id }, { operation }) => ({ redirect: `/admin/formations/${id}?operation=${operation}` }),
});
