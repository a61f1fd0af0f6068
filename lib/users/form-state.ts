/** What the account forms send back from their server actions. */
import type { FormState } from "@/lib/forms/state";

export type UserFormValues = { name: string; email: string; role: string; campusId: string };
export type UserFormState = FormState<UserFormValues> & { generatedPassword?: string; createdId?: string };
export type ResetState =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: Record<string, string> }
  | { status: "error"; message: string }
  | { status: "success"; generatedPassword?: string };
