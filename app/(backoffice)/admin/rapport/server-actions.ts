"use server";
/**
 * The report campaign: opening a year and its deadline, texts of a campus or
 * of the region, submitting and reviewing sections, validation and reopening
 * of an edition. lib/report/mutations.ts validates and
 * authorizes (a DO writes their own campus's chapter only).
 */
import { serverAction } from "@/lib/server-action";
import { formFields } from "@/lib/server-action/inputs";
import {
  openCampaign,
  reopenEdition,
  reviewSection,
  saveCampusChapter,
  saveRegionParts,
  setCampaignDeadline,
  submitChapter,
  validateEdition,
} from "@/lib/report/mutations";

/** Every field as one text (a repeated field's values one per line). */
const texts = formFields.transform((fields) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : v])),
);

/** The report forms read, keep and word their refusals alike. */
const reportForm = {
  input: texts,
  values: (fields: Record<string, unknown>) => texts.catch({}).parse(fields),
  messages: { sessionExpired: "Votre session a expiré\u00A0: reconnectez-vous, puis enregistrez à nouveau." },
};

export const saveCampusChapterServerAction = serverAction({
  ...reportForm,
  run: (input, user) => saveCampusChapter(user, input),
  done: (_, { year, campus }) => ({ redirect: `/admin/rapport/${year}/campus/${campus}?enregistre=1` }),
});

export const saveRegionPartsServerAction = serverAction({
  ...reportForm,
  run: (input, user) => saveRegionParts(user, input),
  done: (_, { year }) => ({ redirect: `/admin/rapport/${year}/regional?enregistre=1` }),
});

export const validateEditionServerAction = serverAction({
  ...reportForm,
  run: (input, user) => validateEdition(user, input),
  done: (_, { year }) => ({ redirect: `/admin/rapport?annee=${year}&valide=1` }),
});

export const reopenEditionServerAction = serverAction({
  ...reportForm,
  run: (input, user) => reopenEdition(user, input),
  done: (_, { year }) => ({ redirect: `/admin/rapport?annee=${year}&rouvert=1` }),
});

/** One-button operations: the lib parses their fields. */
const operation = {
  input: formFields,
  messages: reportForm.messages,
};

export const openCampaignServerAction = serverAction({
  ...operation,
  run: (input, user) => openCampaign(user, input),
  done: (_, { year }) => ({ redirect: `/admin/rapport?annee=${year}&ouverte=1` }),
});

export const setCampaignDeadlineServerAction = serverAction({
  ...reportForm,
  run: (input, user) => setCampaignDeadline(user, input),
  done: ({ message }) => ({ message }),
});

export const submitChapterServerAction = serverAction({
  ...operation,
  run: (input, user) => submitChapter(user, input),
  done: (_, { year, campus }) => ({ redirect: `/admin/rapport/${year}/campus/${campus}?soumis=1` }),
});

export const reviewSectionServerAction = serverAction({
  ...operation,
  run: (input, user) => reviewSection(user, input),
  done: (_, { year, campus }) => ({ redirect: `/admin/rapport/${year}/campus/${campus}?revu=1` }),
});
