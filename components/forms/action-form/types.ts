import type { ActionFormValues } from "@/lib/actions/schema";
import type { FieldErrors } from "@/lib/result";

/** What every section of the action form receives. */
export type SectionProps = {
  values: ActionFormValues;
  update: <K extends keyof ActionFormValues>(key: K, value: ActionFormValues[K]) => void;
  errors: FieldErrors;
  disabled?: boolean;
};
