/**
 * The values of a Prisma enum that occur, in the order the schema declares
 * them — the order a list of choices should read in (CAP before BTS,
 * collégiens before lycéens, "autre" last), whatever order the records came in.
 */
export function inDeclaredOrder<T extends string>(values: Iterable<T>, declared: Record<string, T>): T[] {
  const present = new Set(values);
  return Object.values(declared).filter((value) => present.has(value));
}
