"use client";
/**
 * A Markdown text with its preview: the textarea (label, hint, inline
 * error) and a button that shows how the text will read in the report.
 * Raw HTML is never rendered in the preview, as in the report.
 *
 * The textarea stays uncontrolled, so text typed before the page is
 * interactive is kept; the preview reads the field itself.
 */
import { useEffect, useId, useRef, useState } from "react";
import { Markdown } from "@/components/markdown";
import { FieldError, FieldHint, fieldIds } from "@/components/forms/field";
import { formatNumber } from "@/lib/text/format";

export function MarkdownField({
  name,
  label,
  hint,
  error,
  defaultValue,
  readOnly = false,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  readOnly?: boolean;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [showPreview, setShowPreview] = useState(false);
  useEffect(() => {
    if (ref.current) setValue(ref.current.value);
  }, [defaultValue]);
  const ids = fieldIds(name);
  const previewId = useId();
  const describedBy =
    [hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={ids.id} className="text-lg font-semibold">
        {label}
      </label>
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
      <textarea
        id={ids.id}
        name={name}
        rows={Math.min(24, Math.max(6, value.split("\n").length + 2))}
        ref={ref}
        defaultValue={defaultValue}
        onChange={(e) => setValue(e.target.value)}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded border-2 border-ink/70 bg-surface px-3 py-2 font-mono text-sm text-ink read-only:bg-subtle aria-[invalid=true]:border-danger"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          className="rounded border-2 border-accent px-3 py-1 font-semibold text-accent hover:bg-accent-tint"
          aria-expanded={showPreview}
          aria-controls={previewId}
          onClick={() => {
            if (ref.current) setValue(ref.current.value);
            setShowPreview((v) => !v);
          }}
        >
          {showPreview ? "Masquer l'aperçu" : "Afficher l'aperçu"}
          <span className="sr-only"> de « {label} »</span>
        </button>
        <span className="text-muted">
          {formatNumber(value.length)} caractères · Markdown : **gras**, *italique*, listes « - », sous-titres
          « ### »
        </span>
      </div>
      <section
        id={previewId}
        hidden={!showPreview}
        aria-label={`Aperçu de « ${label} »`}
        className="mt-2 rounded border border-line bg-subtle p-4"
      >
        {value.trim() ? (
          <Markdown>{value}</Markdown>
        ) : (
          <p className="text-muted">Rien à afficher : le texte est vide.</p>
        )}
      </section>
    </div>
  );
}
