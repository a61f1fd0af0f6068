"use server";
/** The coordinator's plateformes technologiques: create, edit, publish/unpublish, archive and restore. */
import {
  changeRecordPublicationServerAction,
  createRecordServerAction,
  updateVersionedRecordServerAction,
} from "@/lib/server-action/records";
import { changePlatformPublication, createPlatform, updatePlatform } from "@/lib/platforms/mutations";

export const createPlatformServerAction = createRecordServerAction("plateformes", createPlatform);
export const updatePlatformServerAction = updateVersionedRecordServerAction(updatePlatform);
export const changePlatformPublicationServerAction = changeRecordPublicationServerAction(
  "plateformes",
  changePlatformPublication,
);
