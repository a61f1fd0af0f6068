"use server";
/** The coordinator's formations: create, edit, publish/unpublish, archive and restore. */
import {
  changeRecordPublicationServerAction,
  createRecordServerAction,
  updateVersionedRecordServerAction,
} from "@/lib/server-action/records";
import { changeFormationPublication, createFormation, updateFormation } from "@/lib/formations/mutations";

export const createFormationServerAction = createRecordServerAction("formations", createFormation);
export const updateFormationServerAction = updateVersionedRecordServerAction(updateFormation);
export const changeFormationPublicationServerAction = changeRecordPublicationServerAction(
  "formations",
  changeFormationPublication,
);
