"use server";
/** The coordinator's funding lines; a deletion is restorable from the archives. */
import {
  createRecordServerAction,
  deleteRecordServerAction,
  updateRecordServerAction,
} from "@/lib/server-action/records";
import { createFunding, deleteFunding, updateFunding } from "@/lib/fundings/mutations";

export const createFundingServerAction = createRecordServerAction("financements", createFunding);
export const updateFundingServerAction = updateRecordServerAction(updateFunding);
export const deleteFundingServerAction = deleteRecordServerAction("financements", deleteFunding);
