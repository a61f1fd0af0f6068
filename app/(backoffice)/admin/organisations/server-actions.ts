"use server";
/** The coordinator's organisation directory, including the validation of the DOs' proposals. */
import {
  changeRecordPublicationServerAction,
  createRecordServerAction,
  updateVersionedRecordServerAction,
} from "@/lib/server-action/records";
import {
  changeOrganisationPublication,
  createOrganisation,
  updateOrganisation,
} from "@/lib/organisations/mutations";

export const createOrganisationServerAction = createRecordServerAction("organisations", createOrganisation);
export const updateOrganisationServerAction = updateVersionedRecordServerAction(updateOrganisation);
export const changeOrganisationPublicationServerAction = changeRecordPublicationServerAction(
  "organisations",
  changeOrganisationPublication,
);
