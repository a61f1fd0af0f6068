"use client";
/** A list of rows the user adds and removes (beneficiaries, links, proposed organisations). */
import { Button } from "../buttons";

export function Repeatable<T>({
  legend,
  hint,
  rows,
  onChange,
  empty,
  addLabel,
  removeLabel,
  renderRow,
  max,
  error,
  errorId,
  disabled,
  firstFocusId,
}: {
  legend: string;
  hint?: React.ReactNode;
  rows: T[];
  onChange: (rows: T[]) => void;
  empty: () => T;
  addLabel: string;
  removeLabel: (index: number) => string;
  renderRow: (row: T, index: number, set: (row: T) => void) => React.ReactNode;
  max: number;
  error?: string;
  errorId: string;
  disabled?: boolean;
  /** Id given to the add button, so an error summary can link to the section. */
  firstFocusId: string;
}) {
  return (
    <fieldset className={`flex flex-col gap-3 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <legend className="text-lg font-bold">{legend}</legend>
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      {error ? (
        <p id={errorId} className="font-semibold text-danger">
          <span className="sr-only">Erreur&nbsp;: </span>
          {error}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="text-muted">Aucune ligne pour l’instant.</p> : null}
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => (
          <li key={index} className="rounded border border-line bg-subtle p-3">
            <div className="flex flex-col gap-3">
              {renderRow(row, index, (next) => onChange(rows.map((r, i) => (i === index ? next : r))))}
              <div>
                <Button
                  variant="link"
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  disabled={disabled}
                >
                  {removeLabel(index)}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button
          id={firstFocusId}
          variant="secondary"
          onClick={() => onChange([...rows, empty()])}
          disabled={disabled || rows.length >= max}
        >
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
