"use server";
/** The coordinator's organisation directory, including the validation of the DOs' proposals. */
import * as records from "@/lib/server-action/records";
import {
  changeOrganisationPublication,
  createOrganisation,
  updateOrganisation,
} from "@/lib/organisations/mutations";

export const createOrganisationServerAction = records.creationServerAction(
  "organisations",
  createOrganisation,
);
export const updateOrganisationServerAction = records.versionedUpdateServerAction(updateOrganisation);
export const changeOrganisationPublicationServerAction = records.publicationServerAction(
  "organisations",
  changeOrganisationPublication,
);
