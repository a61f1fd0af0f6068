"use server";
/** The coordinator's governance meetings; a deletion is restorable from the archives. */
import { creationServerAction, deletionServerAction, updateServerAction } from "@/lib/server-action/records";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/governance/mutations";

export const createMeetingServerAction = creationServerAction("gouvernance", createMeeting);
export const updateMeetingServerAction = updateServerAction(updateMeeting);
export const deleteMeetingServerAction = deletionServerAction("gouvernance", deleteMeeting);
