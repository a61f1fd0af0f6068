"use server";
/** The coordinator's funding lines; a deletion is restorable from the archives. */
import * as records from "@/lib/server-action/records";
import { createFunding, deleteFunding, updateFunding } from "@/lib/fundings/mutations";

export const createFundingServerAction = records.creationServerAction("financements", createFunding);
export const updateFundingServerAction = records.updateServerAction(updateFunding);
export const deleteFundingServerAction = records.deletionServerAction("financements", deleteFunding);
