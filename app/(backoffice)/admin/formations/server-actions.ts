"use server";
/** The coordinator's formations: create, edit, publish/unpublish, archive and restore. */
import * as records from "@/lib/server-action/records";
import { changeFormationPublication, createFormation, updateFormation } from "@/lib/formations/mutations";

export const createFormationServerAction = records.creationServerAction("formations", createFormation);
export const updateFormationServerAction = records.versionedUpdateServerAction(updateFormation);
export const changeFormationPublicationServerAction = records.publicationServerAction(
  "formations",
  changeFormationPublication,
);
