/** Which slice of a list to read: the items after `after` (a cursor key), at most `take`. */
export type Page = { after: string | null; take: number };
