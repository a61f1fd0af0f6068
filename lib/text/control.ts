/**
 * Control characters (NUL, escape, the C1 range…) have no place in what
 * people type: PostgreSQL refuses NUL outright (the request then failed
 * with a 500) and the others are invisible traps in exports. A multi-line
 * text keeps its line breaks and tabs. Pure.
 */
const IN_ONE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const IN_SEVERAL_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function hasControlCharacters(text: string, { multiline = false } = {}): boolean {
  return (multiline ? IN_SEVERAL_LINES : IN_ONE_LINE).test(text);
}

/** The refusal, naming the field (`name` as a label: "Titre", "Commune"). */
export function controlCharactersMessage(name: string): string {
  return `${name}\u00A0: contient un caractère de contrôle invisible (octet nul, échappement…), non autorisé\u202F; retirez-le.`;
}
