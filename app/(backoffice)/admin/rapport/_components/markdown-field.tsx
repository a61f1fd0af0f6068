"use client";
/**
 * A text of the report: the writing editor (toolbar, live preview drawn as
 * the report's pages draw it), uncontrolled, so text typed before the page
 * is interactive is kept and the form reads the textarea itself.
 */
import { MarkdownEditor } from "@/components/forms/markdown-editor";

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
  return (
    <MarkdownEditor
      name={name}
      label={label}
      hint={hint}
      error={error}
      defaultValue={defaultValue}
      readOnly={readOnly}
      rows={Math.min(24, Math.max(8, defaultValue.split("\n").length + 2))}
      prominentLabel
    />
  );
}
