/**
 * Form fields of the back office, GOV.UK/DSFR style: label above, hint,
 * inline error under the label (linked by aria-describedby), aria-invalid.
 * Work controlled (value/onChange) or uncontrolled (defaultValue).
 */

import { fr } from "@/lib/text/typography";

type Common = {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  /** Overrides the id derived from the name (the error summary links to it). */
  id?: string;
  className?: string;
};

/** The id of the input that renders the field at `path` (the error summary links to it). */
export function fieldId(path: string): string {
  return `champ-${path.replace(/[^a-zA-Z0-9_-]+/g, "-")}`;
}

export function fieldIds(name: string, id?: string) {
  const base = id ?? fieldId(name);
  return { id: base, hintId: `${base}-aide`, errorId: `${base}-erreur` };
}

function describedBy(
  ids: { hintId: string; errorId: string },
  hint: unknown,
  error: unknown,
): string | undefined {
  const parts = [hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-danger">
      <span className="sr-only">Erreur&nbsp;: </span>
      {error}
    </p>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: React.ReactNode }) {
  if (!hint) return null;
  return (
    <p id={id} className="mt-0.5 text-sm text-muted">
      {fr(hint)}
    </p>
  );
}

const inputClass =
  "mt-1 block w-full rounded border-2 border-ink/70 bg-surface px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

type FieldProps = Common & { optional?: boolean };

/** A field's own props, and the rest (for its control). */
function splitField<P extends FieldProps>({ name, label, hint, error, id, className, optional, ...rest }: P) {
  return [{ name, label, hint, error, id, className, optional }, rest] as const;
}

/**
 * Label above (with "(facultatif)"), hint, inline error, then the control,
 * which gets its id, name and the aria attributes that tie it to them.
 */
function Shell({
  field: { name, label, hint, error, id, className, optional },
  children,
}: {
  field: FieldProps;
  children: (control: {
    id: string;
    name: string;
    "aria-invalid"?: true;
    "aria-describedby"?: string;
  }) => React.ReactNode;
}) {
  const ids = fieldIds(name, id);
  return (
    <div className={`flex flex-col ${error ? "border-l-4 border-danger pl-3" : ""} ${className ?? ""}`}>
      <label htmlFor={ids.id} className="font-semibold">
        {fr(label)}
        {optional ? <span className="font-normal text-muted"> (facultatif)</span> : null}
      </label>
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
      {children({
        id: ids.id,
        name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(ids, hint, error),
      })}
    </div>
  );
}

type InputProps = FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">;

export function TextField(props: InputProps) {
  const [field, input] = splitField(props);
  return (
    <Shell field={field}>
      {(control) => <input {...control} type="text" className={inputClass} {...input} />}
    </Shell>
  );
}

type TextAreaProps = FieldProps &
  Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "className">;

export function TextArea(props: TextAreaProps) {
  const [field, { rows = 5, ...input }] = splitField(props);
  return (
    <Shell field={field}>
      {(control) => (
        <textarea {...control} rows={rows} className={`${inputClass} font-[inherit]`} {...input} />
      )}
    </Shell>
  );
}

export type Option = { value: string; label: string };

/** The options of a select or a group from a table of labels, in its order. */
export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

type SelectProps = FieldProps &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "className"> & {
    options: Option[];
    placeholder?: string;
  };

export function SelectField(props: SelectProps) {
  const [field, { options, placeholder, ...select }] = splitField(props);
  return (
    <Shell field={field}>
      {(control) => (
        <select {...control} className={inputClass} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Shell>
  );
}

type GroupProps = Common & {
  legend?: React.ReactNode;
  options: Option[];
  type?: "checkbox" | "radio";
  /** Uncontrolled: the values checked at first. */
  defaultValues?: readonly string[];
  /** Controlled: the values checked now, and the change handler. */
  values?: readonly string[];
  onChange?: (values: string[]) => void;
  columns?: 1 | 2 | 3;
  optional?: boolean;
};

/** Checkboxes or radios in a fieldset; the first input carries the field id. */
export function ChoiceGroup({
  name,
  label,
  hint,
  error,
  id,
  className,
  options,
  type = "checkbox",
  defaultValues,
  values,
  onChange,
  columns = 1,
  optional,
}: GroupProps) {
  const ids = fieldIds(name, id);
  const grid = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  const toggle = (value: string, checked: boolean) => {
    if (!onChange) return;
    const current = values ?? [];
    if (type === "radio") onChange([value]);
    else onChange(checked ? [...current, value] : current.filter((v) => v !== value));
  };
  return (
    <fieldset
      className={`${error ? "border-l-4 border-danger pl-3" : ""} ${className ?? ""}`}
      aria-describedby={describedBy(ids, hint, error)}
    >
      <legend className="font-semibold">
        {fr(label)}
        {optional ? <span className="font-normal text-muted"> (facultatif)</span> : null}
      </legend>
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
      <div className={`mt-2 grid gap-x-6 gap-y-1 ${grid}`}>
        {options.map((o, i) => {
          const inputId = i === 0 ? ids.id : `${ids.id}-${i}`;
          return (
            <div key={o.value} className="flex items-start gap-2">
              <input
                id={inputId}
                type={type}
                name={name}
                value={o.value}
                className="mt-1.5 size-5 shrink-0 accent-accent"
                aria-invalid={error ? true : undefined}
                {...(values !== undefined
                  ? {
                      checked: values.includes(o.value),
                      onChange: (e: React.ChangeEvent<HTMLInputElement>) => toggle(o.value, e.target.checked),
                    }
                  : { defaultChecked: defaultValues?.includes(o.value) })}
              />
              <label htmlFor={inputId}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A single checkbox with its label on the right. */
export function CheckboxField({
  name,
  label,
  hint,
  error,
  id,
  className,
  ...input
}: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className" | "type">) {
  const ids = fieldIds(name, id);
  return (
    <div className={`flex items-start gap-2 ${className ?? ""}`}>
      <input
        id={ids.id}
        type="checkbox"
        name={name}
        className="mt-1.5 size-5 shrink-0 accent-accent"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        {...input}
      />
      <div>
        <label htmlFor={ids.id}>{label}</label>
        <FieldHint id={ids.hintId} hint={hint} />
        <FieldError id={ids.errorId} error={error} />
      </div>
    </div>
  );
}
