"use server";
/** The coordinator's governance meetings; a deletion is restorable from the archives. */
import {
  createRecordServerAction,
  deleteRecordServerAction,
  updateRecordServerAction,
} from "@/lib/server-action/records";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/governance/mutations";

export const createMeetingServerAction = createRecordServerAction("gouvernance", createMeeting);
export const updateMeetingServerAction = updateRecordServerAction(updateMeeting);
export const deleteMeetingServerAction = deleteRecordServerAction("gouvernance", deleteMeeting);
