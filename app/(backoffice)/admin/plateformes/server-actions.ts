"use server";
/** The coordinator's plateformes technologiques: create, edit, publish/unpublish, archive and restore. */
import {
  creationServerAction,
  publicationServerAction,
  versionedUpdateServerAction,
} from "@/lib/server-action/records";
import { changePlatformPublication, createPlatform, updatePlatform } from "@/lib/platforms/mutations";

export const createPlatformServerAction = creationServerAction("plateformes", createPlatform);
export const updatePlatformServerAction = versionedUpdateServerAction(updatePlatform);
export const changePlatformPublicationServerAction = publicationServerAction(
  "plateformes",
  changePlatformPublication,
);
