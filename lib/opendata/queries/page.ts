import { afterKey } from "../mapping";

/** Which slice of a list to read: the items after `after` (a cursor key), at most `take`. */
export type Page = { after: string | null; take: number };

/** The `findMany` arguments of one page of a list ordered by slug: the rows of `where` after the cursor. */
export function bySlug<Where>(where: Where, page: Page) {
  return {
    where: { AND: [where, { slug: afterKey(page.after) }] },
    orderBy: { slug: "asc" as const },
    take: page.take,
  };
}
