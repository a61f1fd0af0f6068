/**
 * Prisma compiles `contains`, `startsWith`, `endsWith` and case-insensitive
 * `equals` to LIKE / ILIKE on PostgreSQL without escaping what it is given:
 * a `%` or `_` typed by someone is a wildcard there (a partner named
 * `%zqx%` "equals" every name holding "zqx"), and a trailing `\` makes the
 * query fail. Every such filter on a typed text goes through these. Pure.
 */

/** `text` with the LIKE wildcards and the escape character (`\`, PostgreSQL's default) escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** Case-insensitive "holds `text`", the text taken literally. */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: "insensitive" } as const;
}

/** Case-insensitive "is exactly `text`", the text taken literally (name uniqueness checks). */
export function equalsText(text: string) {
  return { equals: escapeLike(text), mode: "insensitive" } as const;
}
