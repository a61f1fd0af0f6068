"use server";
/** The coordinator's organisation directory, including the validation of the DOs' proposals. */
import {
  creationServerAction,
  publicationServerAction,
  versionedUpdateServerAction,
} from "@/lib/server-action/records";
import {
  changeOrganisationPublication,
  createOrganisation,
  updateOrganisation,
} from "@/lib/organisations/mutations";

export const createOrganisationServerAction = creationServerAction("organisations", createOrganisation);
export const updateOrganisationServerAction = versionedUpdateServerAction(updateOrganisation);
export const changeOrganisationPublicationServerAction = publicationServerAction(
  "organisations",
  changeOrganisationPublication,
);
