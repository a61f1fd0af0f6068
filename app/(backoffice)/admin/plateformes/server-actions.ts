"use server";
/** The coordinator's plateformes technologiques: create, edit, publish/unpublish, archive and restore. */
import * as records from "@/lib/server-action/records";
import { changePlatformPublication, createPlatform, updatePlatform } from "@/lib/platforms/mutations";

export const createPlatformServerAction = records.creationServerAction("plateformes", createPlatform);
export const updatePlatformServerAction = records.versionedUpdateServerAction(updatePlatform);
export const changePlatformPublicationServerAction = records.publicationServerAction(
  "plateformes",
  changePlatformPublication,
);
