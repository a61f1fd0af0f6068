"use server";
/** The coordinator's organisation directory, including the validation of the DOs' proposals. */
import { serverAction } from "@/lib/server-action";
import { formFields, publicationChange, recordForm, withVersion } from "@/lib/server-action/inputs";
import {
  changeOrganisationPublication,
  createOrganisation,
  updateOrganisation,
} from "@/lib/organisations/mutations";

export const createOrganisationServerAction = serverAction({
  input: formFields,
  run: (values, user) => createOrganisation(user, values),
  done: ({ id }) => ({ redirect: `/admin/organisations/${id}?enregistre=cree` }),
});

export const updateOrganisationServerAction = serverAction({
  bound: ["id"],
  input: recordForm,
  run: ({ id, ...values }, user) => updateOrganisation(user, id, values),
  done: ({ version }, { id: _id, ...values }) => ({
    message: "Modifications enregistrées.",
    values: withVersion(values, version),
  }),
});

export const changeOrganisationPublicationServerAction = serverAction({
  input: publicationChange,
  run: ({ id, operation }, user) => changeOrganisationPublication(user, id, operation),
  done: ({ id }, { operation }) => ({ redirect: `/admin/organisations/${id}?operation=${operation}` }),
});
