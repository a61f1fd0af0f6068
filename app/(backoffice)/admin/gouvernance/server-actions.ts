"use server";
/** The coordinator's governance meetings; a deletion is restorable from the archives. */
import * as records from "@/lib/server-action/records";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/governance/mutations";

export const createMeetingServerAction = records.creationServerAction("gouvernance", createMeeting);
export const updateMeetingServerAction = records.updateServerAction(updateMeeting);
export const deleteMeetingServerAction = records.deletionServerAction("gouvernance", deleteMeeting);
