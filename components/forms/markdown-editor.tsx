"use client";
/**
 * The writing editor of the back office's long texts (action bodies, report
 * sections, presentations): a Markdown textarea with a toolbar (bold,
 * italic, heading, list, link, quote, each with its keyboard shortcut) and
 * a live preview, beside the text on a wide screen and below it on a narrow
 * one, drawn by the public pages' own Markdown component, so it reads
 * exactly as a visitor will read it. The stored text stays Markdown.
 *
 * Without JavaScript it is the plain textarea (toolbar and preview appear
 * once the page is interactive). Controlled (value/onChange) or
 * uncontrolled (defaultValue, the form reads the textarea); text typed
 * before the page was interactive is kept.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { Markdown } from "@/components/markdown";
import { formatNumber } from "@/lib/text/format";
import {
  applyMarkdownCommand,
  COMMAND_LABELS,
  MARKDOWN_COMMANDS,
  shortcutCommand,
  type MarkdownCommand,
  type TextEdit,
} from "@/lib/text/markdown-toolbar";
import { FieldError, FieldHint, fieldIds } from "./field";

/** How long the preview waits after the last key before it is redrawn (and announced). */
const PREVIEW_DELAY_MS = 300;

const subscribeNever = () => () => {};
/** False while the server renders and the page hydrates, true once scripts run. */
function useIsInteractive(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/**
 * Writes an edit into the textarea as typing would (the browser's undo
 * keeps it, React sees an input event), then selects what the edit selects.
 */
function writeEdit(textarea: HTMLTextAreaElement, next: TextEdit) {
  const old = textarea.value;
  let prefix = 0;
  while (prefix < old.length && prefix < next.value.length && old[prefix] === next.value[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < next.value.length - prefix &&
    old[old.length - 1 - suffix] === next.value[next.value.length - 1 - suffix]
  )
    suffix++;
  const inserted = next.value.slice(prefix, next.value.length - suffix);
  textarea.focus();
  textarea.setSelectionRange(prefix, old.length - suffix);
  const done = inserted
    ? document.execCommand("insertText", false, inserted)
    : document.execCommand("delete", false);
  if (!done || textarea.value !== next.value) {
    textarea.value = old;
    textarea.setRangeText(inserted, prefix, old.length - suffix, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
  textarea.setSelectionRange(next.start, next.end);
}

export type MarkdownEditorProps = {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  /** Overrides the id derived from the name (the error summary links to it). */
  id?: string;
  optional?: boolean;
  /** Controlled: the text and its change handler. */
  value?: string;
  onChange?: (value: string) => void;
  /** Uncontrolled: the text at first. */
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
  readOnly?: boolean;
  disabled?: boolean;
  /** A larger label, for a page made of long texts (the report's sections). */
  prominentLabel?: boolean;
};

export function MarkdownEditor({
  name,
  label,
  hint,
  error,
  id,
  optional,
  value,
  onChange,
  defaultValue = "",
  rows = 12,
  maxLength,
  readOnly = false,
  disabled = false,
  prominentLabel = false,
}: MarkdownEditorProps) {
  const isControlled = value !== undefined;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [ownText, setOwnText] = useState(defaultValue);
  const text = isControlled ? value : ownText;
  const [previewText, setPreviewText] = useState(text);
  const [showPreview, setShowPreview] = useState(true);
  const [focused, setFocused] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const isInteractive = useIsInteractive();
  const ids = fieldIds(name, id);
  const previewId = useId();
  const shortcutsId = `${ids.id}-raccourcis`;
  const canEdit = !readOnly && !disabled;

  // Text typed before hydration is in the textarea, not in the state.
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed === undefined || typed === text) return;
    if (isControlled) onChange?.(typed);
    else setOwnText(typed);
    // Once, at hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A form reset (React resets a <form action> after each submission) puts its default text back.
  useEffect(() => {
    const form = ref.current?.form;
    if (!form || isControlled) return;
    const onReset = () => setTimeout(() => ref.current && setOwnText(ref.current.value));
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, [isControlled]);

  useEffect(() => {
    const timer = setTimeout(() => setPreviewText(text), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const change = (next: string) => {
    if (isControlled) onChange?.(next);
    else setOwnText(next);
  };

  const run = (command: MarkdownCommand) => {
    const textarea = ref.current;
    if (!textarea || !canEdit) return;
    const next = applyMarkdownCommand(command, {
      value: textarea.value,
      start: textarea.selectionStart,
      end: textarea.selectionEnd,
    });
    writeEdit(textarea, next);
  };

  const onToolbarKey = (event: React.KeyboardEvent) => {
    const last = MARKDOWN_COMMANDS.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: focused === last ? 0 : focused + 1,
      ArrowLeft: focused === 0 ? last : focused - 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    setFocused(moves[event.key]);
    buttons.current[moves[event.key]]?.focus();
  };

  const describedBy =
    [hint ? ids.hintId : null, error ? ids.errorId : null, isInteractive && canEdit ? shortcutsId : null]
      .filter(Boolean)
      .join(" ") || undefined;

  return (
    <div className={`flex flex-col ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={ids.id} className={prominentLabel ? "text-lg font-semibold" : "font-semibold"}>
        {label}
        {optional ? <span className="font-normal text-muted"> (facultatif)</span> : null}
      </label>
      <FieldHint id={ids.hintId} hint={hint} />
      <FieldError id={ids.errorId} error={error} />
      <div className={`mt-1 grid gap-4 ${isInteractive && showPreview ? "xl:grid-cols-2" : ""}`}>
        <div className="flex min-w-0 flex-col">
          {isInteractive && canEdit ? (
            <div
              role="toolbar"
              aria-label="Mise en forme du texte"
              aria-controls={ids.id}
              onKeyDown={onToolbarKey}
              className="flex flex-wrap gap-1 rounded-t border-2 border-b-0 border-ink/70 bg-subtle p-1"
            >
              {MARKDOWN_COMMANDS.map((command, i) => {
                const c = COMMAND_LABELS[command];
                return (
                  <button
                    key={command}
                    ref={(el) => {
                      buttons.current[i] = el;
                    }}
                    type="button"
                    tabIndex={i === focused ? 0 : -1}
                    aria-keyshortcuts={c.aria}
                    title={`${c.label} (${c.shortcut})`}
                    onFocus={() => setFocused(i)}
                    // Keeps the selection of the textarea while the button is pressed.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => run(command)}
                    className={`rounded border border-line bg-surface px-2 py-1 text-sm text-ink hover:border-accent hover:text-accent ${
                      command === "bold" ? "font-bold" : command === "italic" ? "italic" : ""
                    }`}
                  >
                    {c.label}
                  </button>
                );
              })}
            </div>
          ) : null}
          <textarea
            ref={ref}
            id={ids.id}
            name={name}
            rows={rows}
            maxLength={maxLength}
            readOnly={readOnly}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...(isControlled ? { value } : { defaultValue })}
            onChange={(e) => change(e.target.value)}
            onKeyDown={(e) => {
              const command = shortcutCommand(e);
              if (!command || !canEdit) return;
              e.preventDefault();
              run(command);
            }}
            className={`block w-full border-2 border-ink/70 bg-surface px-3 py-2 font-mono text-sm text-ink read-only:bg-subtle aria-[invalid=true]:border-danger ${
              isInteractive && canEdit ? "rounded-b" : "mt-1 rounded"
            }`}
          />
          {isInteractive ? (
            <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm text-muted">
              {canEdit ? (
                <p id={shortcutsId}>
                  Raccourcis&nbsp;:{" "}
                  {MARKDOWN_COMMANDS.map(
                    (c) => `${COMMAND_LABELS[c].shortcut} ${COMMAND_LABELS[c].label.toLowerCase()}`,
                  ).join(", ")}
                  .
                </p>
              ) : null}
              <p>
                {formatNumber(text.length)}
                {maxLength ? ` sur ${formatNumber(maxLength)}` : ""} caractères
              </p>
              <button
                type="button"
                className="font-semibold text-accent underline"
                aria-expanded={showPreview}
                aria-controls={previewId}
                onClick={() => setShowPreview((v) => !v)}
              >
                {showPreview ? "Masquer l’aperçu" : "Afficher l’aperçu"}
                <span className="sr-only">&nbsp;: {label}</span>
              </button>
            </div>
          ) : null}
        </div>
        {isInteractive ? (
          // Not a labelled region: its name would repeat the field's label (one per long text).
          <div
            id={previewId}
            hidden={!showPreview}
            className="min-w-0 rounded border border-line bg-surface p-4"
          >
            <p className="mb-3 text-sm font-semibold text-muted">Aperçu (tel que les visiteurs le liront)</p>
            <div aria-live="polite" data-testid={`apercu-${name}`}>
              {previewText.trim() ? (
                <Markdown>{previewText}</Markdown>
              ) : (
                <p className="text-muted">Rien à afficher&nbsp;: le texte est vide.</p>
              )}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
