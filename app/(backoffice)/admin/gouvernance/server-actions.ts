"use server";
/** The coordinator's governance meetings; a deletion is restorable from the archives. */
import { serverAction } from "@/lib/server-action";
import { formFields, recordForm, recordRef } from "@/lib/server-action/inputs";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/governance/mutations";

export const createMeetingServerAction = serverAction({
  input: formFields,
  run: (values, user) => createMeeting(user, values),
  done: ({ id }) => ({ redirect: `/admin/gouvernance/${id}?enregistre=cree` }),
});

export const updateMeetingServerAction = serverAction({
  bound: ["id"],
  input: recordForm,
  run: ({ id, ...values }, user) => updateMeeting(user, id, values),
  done: () => ({ message: "Modifications enregistrées." }),
});

export const deleteMeetingServerAction = serverAction({
  input: recordRef,
  run: ({ id }, user) => deleteMeeting(user, id),
  done: () => ({ redirect: "/admin/gouvernance?supprime=1" }),
});
