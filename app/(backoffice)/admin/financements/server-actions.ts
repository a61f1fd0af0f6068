"use server";
/** The coordinator's funding lines; a deletion is restorable from the archives. */
import { serverAction } from "@/lib/server-action";
import { formFields, recordForm, recordRef } from "@/lib/server-action/inputs";
import { createFunding, deleteFunding, updateFunding } from "@/lib/fundings/mutations";

export const createFundingServerAction = serverAction({
  input: formFields,
  run: (values, user) => createFunding(user, values),
  done: ({ id }) => ({ redirect: `/admin/financements/${id}?enregistre=cree` }),
});

export const updateFundingServerAction = serverAction({
  bound: ["id"],
  input: recordForm,
  run: ({ id, ...values }, user) => updateFunding(user, id, values),
  done: () => ({ message: "Modifications enregistrées." }),
});

export const deleteFundingServerAction = serverAction({
  input: recordRef,
  run: ({ id }, user) => deleteFunding(user, id),
  done: () => ({ redirect: "/admin/financements?supprime=1" }),
});
