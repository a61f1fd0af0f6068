/**
 * The Markdown toolbar's edits. Texts are written with the selection
 * between [ and ] (a caret alone: [] ), before and after the command.
 */
import { describe, expect, it } from "vitest";
import {
  applyMarkdownCommand,
  shortcutCommand,
  type MarkdownCommand,
  type TextEdit,
} from "@/lib/text/markdown-toolbar";

function parse(marked: string): TextEdit {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]", start) - 1;
  return {
    value: marked.slice(0, start) + marked.slice(start + 1, end + 1) + marked.slice(end + 2),
    start,
    end,
  };
}

function show({ value, start, end }: TextEdit): string {
  return `${value.slice(0, start)}[${value.slice(start, end)}]${value.slice(end)}`;
}

const run = (command: MarkdownCommand, marked: string) => show(applyMarkdownCommand(command, parse(marked)));

describe("markdown toolbar: bold and italic", () => {
  it("wraps the selection and keeps it selected", () => {
    expect(run("bold", "Un [salon] régional")).toBe("Un **[salon]** régional");
    expect(run("italic", "Un [salon] régional")).toBe("Un *[salon]* régional");
  });

  it("leaves the spaces at the edges of the selection outside the markers", () => {
    expect(run("bold", "Un[ salon ]régional")).toBe("Un **[salon]** régional");
  });

  it("inserts a selected placeholder when nothing is selected", () => {
    expect(run("bold", "Voir []")).toBe("Voir **[texte en gras]**");
    expect(run("italic", "[]")).toBe("*[texte en italique]*");
  });

  it("removes the markers when applied again, around or inside the selection", () => {
    expect(run("bold", "Un **[salon]** régional")).toBe("Un [salon] régional");
    expect(run("bold", "Un [**salon**] régional")).toBe("Un [salon] régional");
    expect(run("italic", "Un *[salon]* régional")).toBe("Un [salon] régional");
  });

  it("tells italic from bold: italic inside bold adds, bold-italic loses its italic", () => {
    expect(run("italic", "Un **[salon]** régional")).toBe("Un ***[salon]*** régional");
    expect(run("italic", "Un ***[salon]*** régional")).toBe("Un **[salon]** régional");
    expect(run("bold", "Un ***[salon]*** régional")).toBe("Un *[salon]* régional");
  });
});

describe("markdown toolbar: heading, list and quote", () => {
  it("makes the current line a heading, and back", () => {
    expect(run("heading", "Intro\nLes [partenaires]\nSuite")).toBe("Intro\n[## Les partenaires]\nSuite");
    expect(run("heading", "## Les par[]tenaires")).toBe("Les par[]tenaires");
  });

  it("inserts a selected heading placeholder on an empty line", () => {
    expect(run("heading", "Texte\n\n[]")).toBe("Texte\n\n## [Intertitre]");
  });

  it("prefixes every selected line of a list and leaves blank lines alone", () => {
    expect(run("list", "[Lycées\nCollèges\n\nÉcoles]")).toBe("[- Lycées\n- Collèges\n\n- Écoles]");
    expect(run("list", "[- Lycées\n- Collèges]")).toBe("[Lycées\nCollèges]");
  });

  it("starts a list on an empty line with the caret after the bullet", () => {
    expect(run("list", "Publics :\n[]")).toBe("Publics :\n- []");
  });

  it("keeps a caret in its place in the line", () => {
    expect(run("list", "Lyc[]ées")).toBe("- Lyc[]ées");
    expect(run("quote", "> Lyc[]ées")).toBe("Lyc[]ées");
  });

  it("quotes a paragraph and separates it from the next line, which would continue it", () => {
    expect(run("quote", "[Il a dit\n\nqu'il viendrait]\nSuite")).toBe(
      "[> Il a dit\n>\n> qu'il viendrait]\n\nSuite",
    );
  });

  it("turns one kind of block into another rather than stacking prefixes", () => {
    expect(run("heading", "[- Lycées]")).toBe("[## Lycées]");
    expect(run("list", "[## Lycées]")).toBe("[- Lycées]");
  });
});

describe("markdown toolbar: link", () => {
  it("turns the selected words into a link and selects the address to type", () => {
    expect(run("link", "Voir [le site du campus] ici")).toBe("Voir [le site du campus]([https://]) ici");
  });

  it("turns a selected address into the link's target and selects the text to type", () => {
    expect(run("link", "Voir [https://www.cmq-bfc.org]")).toBe(
      "Voir [[texte du lien]](https://www.cmq-bfc.org)",
    );
  });

  it("inserts a link to fill in when nothing is selected", () => {
    expect(run("link", "Voir []")).toBe("Voir [[texte du lien]](https://)");
  });
});

describe("markdown toolbar: keyboard shortcuts", () => {
  const key = (
    k: string,
    code: string,
    mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>>,
  ) =>
    shortcutCommand({
      key: k,
      code,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });

  it("answers Ctrl or ⌘ with B, I and K", () => {
    expect(key("b", "KeyB", { ctrlKey: true })).toBe("bold");
    expect(key("I", "KeyI", { metaKey: true })).toBe("italic");
    expect(key("k", "KeyK", { ctrlKey: true })).toBe("link");
  });

  it("reads Ctrl+Shift+digit by the key, on AZERTY as on QWERTY", () => {
    expect(key("8", "Digit8", { ctrlKey: true, shiftKey: true })).toBe("list");
    expect(key("*", "Digit8", { ctrlKey: true, shiftKey: true })).toBe("list");
    expect(key("2", "Digit2", { ctrlKey: true, shiftKey: true })).toBe("heading");
    expect(key("(", "Digit9", { ctrlKey: true, shiftKey: true })).toBe("quote");
  });

  it("ignores plain keys, AltGr combinations and other shortcuts", () => {
    expect(key("b", "KeyB", {})).toBeNull();
    expect(key("b", "KeyB", { ctrlKey: true, altKey: true })).toBeNull();
    expect(key("c", "KeyC", { ctrlKey: true })).toBeNull();
  });
});
