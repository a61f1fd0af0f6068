/**
 * The Markdown toolbar's edits, as pure functions of a text and its
 * selection: bold, italic, heading, list, link and quote. Each returns the
 * new text and what to select next, so the writer can type straight on
 * (the placeholder, or the link's address, is selected). Applying bold or
 * italic, heading, list or quote again removes it. Pure: the editor
 * (components/forms/markdown-editor.tsx) and the unit tests import it.
 */

/** A text and its selection (start ≤ end, UTF-16 offsets as in a textarea). */
export type TextEdit = { value: string; start: number; end: number };

export type MarkdownCommand = "bold" | "italic" | "heading" | "list" | "link" | "quote";

export const MARKDOWN_COMMANDS: readonly MarkdownCommand[] = [
  "bold",
  "italic",
  "heading",
  "list",
  "link",
  "quote",
];

/** What a command inserts when nothing is selected. */
export const PLACEHOLDERS = {
  bold: "texte en gras",
  italic: "texte en italique",
  heading: "Intertitre",
  link: "texte du lien",
} as const;

export const LINK_URL_PLACEHOLDER = "https://";

const stars = (s: string, fromEnd: boolean): number => {
  let n = 0;
  while (n < s.length && s[fromEnd ? s.length - 1 - n : n] === "*") n++;
  return n;
};

/** Is `n` stars on each side the wrapping of this emphasis (** for bold, * for italic)? */
function wraps(marker: "**" | "*", before: number, after: number): boolean {
  if (marker === "**") return before >= 2 && after >= 2;
  // * alone, or *** (bold and italic); not ** (bold only).
  return before % 2 === 1 && after % 2 === 1;
}

function toggleInline(marker: "**" | "*", placeholder: string, { value, start, end }: TextEdit): TextEdit {
  let from = start;
  let to = end;
  // Spaces at the edges of the selection stay outside the markers ("mot " → "**mot** ").
  while (from < to && /\s/.test(value[from])) from++;
  while (to > from && /\s/.test(value[to - 1])) to--;
  const selected = value.slice(from, to);
  const m = marker.length;

  // The selection carries its markers: "**mot**" → "mot".
  if (selected.length > 2 * m && wraps(marker, stars(selected, false), stars(selected, true))) {
    const inner = selected.slice(m, selected.length - m);
    return { value: value.slice(0, from) + inner + value.slice(to), start: from, end: from + inner.length };
  }
  // The markers are around the selection: **|mot|** → mot.
  const before = value.slice(0, from);
  const after = value.slice(to);
  if (wraps(marker, stars(before, true), stars(after, false))) {
    return {
      value: before.slice(0, before.length - m) + selected + after.slice(m),
      start: from - m,
      end: to - m,
    };
  }
  const text = selected || placeholder;
  return {
    value: before + marker + text + marker + after,
    start: from + m,
    end: from + m + text.length,
  };
}

/** The whole lines the selection touches: [start of the first line, end of the last line]. */
function lineRange({ value, start, end }: TextEdit): [number, number] {
  const first = value.lastIndexOf("\n", start - 1) + 1;
  // A selection ending just after a line break ends on the line before.
  const last = end > start && value[end - 1] === "\n" ? end - 1 : end;
  const next = value.indexOf("\n", last);
  return [first, next === -1 ? value.length : next];
}

type LineRule = {
  /** The prefix this command adds. */
  prefix: string;
  /** Matches the prefix of a line that already has this form (to remove it). */
  present: RegExp;
  /** Other block prefixes replaced by this one (a list item made a heading…). */
  others: RegExp;
  /** Empty lines inside the block get the prefix too (a quote), or stay empty. */
  prefixesEmptyLines: boolean;
  /** A block that lines after it would continue lazily needs a blank line after it. */
  closes: boolean;
};

const LINE_RULES: Record<"heading" | "list" | "quote", LineRule> = {
  heading: {
    prefix: "## ",
    present: /^#{1,6}[ \t]+/,
    others: /^(?:[-*+][ \t]+|>[ \t]?)/,
    prefixesEmptyLines: false,
    closes: false,
  },
  list: {
    prefix: "- ",
    present: /^[-*+][ \t]+/,
    others: /^(?:#{1,6}[ \t]+|\d+[.)][ \t]+)/,
    prefixesEmptyLines: false,
    closes: true,
  },
  quote: {
    prefix: "> ",
    present: /^>[ \t]?/,
    others: /^#{1,6}[ \t]+/,
    prefixesEmptyLines: true,
    closes: true,
  },
};

function toggleLines(command: "heading" | "list" | "quote", edit: TextEdit): TextEdit {
  const rule = LINE_RULES[command];
  const { value, start, end } = edit;
  const [from, to] = lineRange(edit);
  const lines = value.slice(from, to).split("\n");
  const filled = lines.filter((l) => l.trim() !== "");
  const removing = filled.length > 0 && filled.every((l) => rule.present.test(l));

  let changed: string[];
  if (removing) {
    changed = lines.map((l) => l.replace(rule.present, ""));
  } else if (filled.length === 0) {
    // An empty line: the prefix (and, for a heading, a placeholder to type over).
    changed = [command === "heading" ? rule.prefix + PLACEHOLDERS.heading : rule.prefix];
  } else {
    changed = lines.map((l) =>
      l.trim() === ""
        ? rule.prefixesEmptyLines
          ? rule.prefix.trimEnd()
          : l
        : rule.prefix + l.replace(rule.present, "").replace(rule.others, ""),
    );
  }
  let block = changed.join("\n");
  // "> citation\nsuite" would read the next line as part of the quote (or of the last item).
  const rest = value.slice(to);
  if (!removing && rule.closes && /^\n[ \t]*\S/.test(rest)) block += "\n";
  const newValue = value.slice(0, from) + block + rest;

  if (filled.length === 0 && command === "heading") {
    const s = from + rule.prefix.length;
    return { value: newValue, start: s, end: s + PLACEHOLDERS.heading.length };
  }
  if (start === end) {
    // A caret stays where it was in its line's text.
    const caretLine = value.slice(from, start).split("\n").length - 1;
    const offsetInLine = start - (value.lastIndexOf("\n", start - 1) + 1);
    const lineDelta = (changed[caretLine]?.length ?? 0) - (lines[caretLine]?.length ?? 0);
    const lineStart = from + changed.slice(0, caretLine).reduce((n, l) => n + l.length + 1, 0);
    const caret = Math.max(lineStart, lineStart + offsetInLine + lineDelta);
    return { value: newValue, start: caret, end: caret };
  }
  return { value: newValue, start: from, end: from + changed.join("\n").length };
}

function insertLink({ value, start, end }: TextEdit): TextEdit {
  const selected = value.slice(start, end);
  const before = value.slice(0, start);
  const after = value.slice(end);
  if (/^(https?:\/\/|mailto:)\S+$/i.test(selected.trim())) {
    // An address was selected: it becomes the target, the text is to type.
    const text = `[${PLACEHOLDERS.link}](${selected.trim()})`;
    return { value: before + text + after, start: start + 1, end: start + 1 + PLACEHOLDERS.link.length };
  }
  if (selected.trim()) {
    const text = `[${selected}](${LINK_URL_PLACEHOLDER})`;
    const urlStart = start + selected.length + 3;
    return { value: before + text + after, start: urlStart, end: urlStart + LINK_URL_PLACEHOLDER.length };
  }
  const text = `[${PLACEHOLDERS.link}](${LINK_URL_PLACEHOLDER})`;
  return { value: before + text + after, start: start + 1, end: start + 1 + PLACEHOLDERS.link.length };
}

/** The text and selection after a toolbar command (or its keyboard shortcut). */
export function applyMarkdownCommand(command: MarkdownCommand, edit: TextEdit): TextEdit {
  const start = Math.max(0, Math.min(edit.start, edit.end, edit.value.length));
  const end = Math.min(edit.value.length, Math.max(edit.start, edit.end));
  const e = { value: edit.value, start, end };
  switch (command) {
    case "bold":
      return toggleInline("**", PLACEHOLDERS.bold, e);
    case "italic":
      return toggleInline("*", PLACEHOLDERS.italic, e);
    case "link":
      return insertLink(e);
    default:
      return toggleLines(command, e);
  }
}

/** A key press that is a toolbar shortcut (Ctrl, or ⌘ on a Mac), or null. */
export function shortcutCommand(event: {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): MarkdownCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.shiftKey) {
    // Digits by their key, whatever the keyboard layout prints with Shift (AZERTY or QWERTY).
    if (event.code === "Digit2") return "heading";
    if (event.code === "Digit8") return "list";
    if (event.code === "Digit9") return "quote";
    return null;
  }
  switch (event.key.toLowerCase()) {
    case "b":
      return "bold";
    case "i":
      return "italic";
    case "k":
      return "link";
    default:
      return null;
  }
}

/** Each command's label, its shortcut as written for people and for aria-keyshortcuts. */
export const COMMAND_LABELS: Record<MarkdownCommand, { label: string; shortcut: string; aria: string }> = {
  bold: { label: "Gras", shortcut: "Ctrl+B", aria: "Control+B Meta+B" },
  italic: { label: "Italique", shortcut: "Ctrl+I", aria: "Control+I Meta+I" },
  heading: { label: "Intertitre", shortcut: "Ctrl+Maj+2", aria: "Control+Shift+2 Meta+Shift+2" },
  list: { label: "Liste", shortcut: "Ctrl+Maj+8", aria: "Control+Shift+8 Meta+Shift+8" },
  link: { label: "Lien", shortcut: "Ctrl+K", aria: "Control+K Meta+K" },
  quote: { label: "Citation", shortcut: "Ctrl+Maj+9", aria: "Control+Shift+9 Meta+Shift+9" },
};
