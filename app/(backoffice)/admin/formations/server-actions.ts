"use server";
/** The coordinator's formations: create, edit, publish/unpublish, archive and restore. */
import {
  creationServerAction,
  publicationServerAction,
  versionedUpdateServerAction,
} from "@/lib/server-action/records";
import { changeFormationPublication, createFormation, updateFormation } from "@/lib/formations/mutations";

export const createFormationServerAction = creationServerAction("formations", createFormation);
export const updateFormationServerAction = versionedUpdateServerAction(updateFormation);
export const changeFormationPublicationServerAction = publicationServerAction(
  "formations",
  changeFormationPublication,
);
