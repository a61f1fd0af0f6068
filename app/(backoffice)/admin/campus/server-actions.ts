"use server";
/** The coordinator's campus screen: presentation and contacts, axes, roles and social links. */
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/types";
import type { Result } from "@/lib/result";
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

type Saved = Result<{ id: string }>;

const backToCampus = (slug: string, saved: string, anchor: string) => ({
  redirect: `/admin/campus/${slug}?enregistre=${saved}#${anchor}`,
});

/**
 * An axis, role or link added to the campus (bound by the page), or one
 * removed from it: back to the campus screen, at its list (`anchor`).
 */
function addToCampus(
  add: (user: SessionUser, slug: string, values: unknown) => Promise<Saved>,
  saved: string,
  anchor: string,
) {
  return serverAction({
    bound: ["slug"],
    input: z.looseObject({ slug: recordId }),
    run: ({ slug, ...values }, user) => add(user, slug, values),
    done: (_, { slug }) => backToCampus(slug, saved, anchor),
  });
}

function removeFromCampus(remove: (user: SessionUser, id: string) => Promise<Saved>, anchor: string) {
  return serverAction({
    bound: ["slug"],
    input: z.object({ slug: recordId, id: recordId }),
    run: ({ id }, user) => remove(user, id),
    done: (_, { slug }) => backToCampus(slug, "retire", anchor),
  });
}

/** One axis or role (bound by the page) saved in place, with its confirmation. */
function updateCampusItem(
  update: (user: SessionUser, itemId: string, values: unknown) => Promise<Saved>,
  message: string,
) {
  return serverAction({
    bound: ["itemId"],
    input: z.looseObject({ itemId: recordId }),
    run: ({ itemId, ...values }, user) => update(user, itemId, values),
    done: () => ({ message }),
  });
}

export const updateCampusServerAction = serverAction({
  bound: ["slug"],
  input: z.looseObject({ slug: recordId }),
  run: ({ slug, ...values }, user) => updateCampus(user, slug, values),
  done: ({ version }, { slug: _slug, ...values }) => ({
    message: "Présentation et contacts enregistrés.",
    values: withVersion(values, version),
  }),
});

export const createAxisServerAction = addToCampus(createAxis, "axe", "axes");
export const updateAxisServerAction = updateCampusItem(updateAxis, "Axe enregistré.");
export const deleteAxisServerAction = removeFromCampus(deleteAxis, "axes");

export const createRoleServerAction = addToCampus(createRole, "fonction", "fonctions");
export const updateRoleServerAction = updateCampusItem(updateRole, "Fonction enregistrée.");
export const deleteRoleServerAction = removeFromCampus(deleteRole, "fonctions");

export const saveSocialLinkServerAction = addToCampus(saveSocialLink, "lien", "reseaux");
export const deleteSocialLinkServerAction = removeFromCampus(deleteSocialLink, "reseaux");
