"use server";
/** The coordinator's funding lines; a deletion is restorable from the archives. */
import { creationServerAction, deletionServerAction, updateServerAction } from "@/lib/server-action/records";
import { createFunding, deleteFunding, updateFunding } from "@/lib/fundings/mutations";

export const createFundingServerAction = creationServerAction("financements", createFunding);
export const updateFundingServerAction = updateServerAction(updateFunding);
export const deleteFundingServerAction = deletionServerAction("financements", deleteFunding);
