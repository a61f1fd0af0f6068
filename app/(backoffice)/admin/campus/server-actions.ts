"use server";
/** The coordinator's campus screen: presentation and contacts, axes, roles and social links. */
import { z } from "zod";
import { serverAction } from "@/lib/server-action";
import { recordId, withVersion } from "@/lib/server-action/inputs";
import {
  createAxis,
  createRole,
  deleteAxis,
  deleteRole,
  deleteSocialLink,
  saveSocialLink,
  updateAxis,
  updateCampus,
  updateRole,
} from "@/lib/campuses/mutations";

/** The campus (bound by the page) and the form's fields. */
const campusForm = z.looseObject({ slug: recordId });
/** One axis, role or link (bound by the page) and the form's fields. */
const itemForm = z.looseObject({ itemId: recordId });
/** Removing one axis, role or link of the campus (bound by the page). */
const removal = z.object({ slug: recordId, id: recordId });
const back = (slug: string, saved: string, anchor: string) => ({
  redirect: `/admin/campus/${slug}?enregistre=${saved}#${anchor}`,
});

export const updateCampusServerAction = serverAction({
  bound: ["slug"],
  input: campusForm,
  run: ({ slug, ...values }, user) => updateCampus(user, slug, values),
  done: ({ version }, { slug: _slug, ...values }) => ({
    message: "Présentation et contacts enregistrés.",
    values: withVersion(values, version),
  }),
});

export const createAxisServerAction = serverAction({
  bound: ["slug"],
  input: campusForm,
  run: ({ slug, ...values }, user) => createAxis(user, slug, values),
  done: (_, { slug }) => back(slug, "axe", "axes"),
});

export const updateAxisServerAction = serverAction({
  bound: ["itemId"],
  input: itemForm,
  run: ({ itemId, ...values }, user) => updateAxis(user, itemId, values),
  done: () => ({ message: "Axe enregistré." }),
});

export const deleteAxisServerAction = serverAction({
  bound: ["slug"],
  input: removal,
  run: ({ id }, user) => deleteAxis(user, id),
  done: (_, { slug }) => back(slug, "retire", "axes"),
});

export const createRoleServerAction = serverAction({
  bound: ["slug"],
  input: campusForm,
  run: ({ slug, ...values }, user) => createRole(user, slug, values),
  done: (_, { slug }) => back(slug, "fonction", "fonctions"),
});

export const updateRoleServerAction = serverAction({
  bound: ["itemId"],
  input: itemForm,
  run: ({ itemId, ...values }, user) => updateRole(user, itemId, values),
  done: () => ({ message: "Fonction enregistrée." }),
});

export const deleteRoleServerAction = serverAction({
  bound: ["slug"],
  input: removal,
  run: ({ id }, user) => deleteRole(user, id),
  done: (_, { slug }) => back(slug, "retire", "fonctions"),
});

export const saveSocialLinkServerAction = serverAction({
  bound: ["slug"],
  input: campusForm,
  run: ({ slug, ...values }, user) => saveSocialLink(user, slug, values),
  done: (_, { slug }) => back(slug, "lien", "reseaux"),
});

export const deleteSocialLinkServerAction = serverAction({
  bound: ["slug"],
  input: removal,
  run: ({ id }, user) => deleteSocialLink(user, id),
  done: (_, { slug }) => back(slug, "retire", "reseaux"),
});
