/**
 * URL ⇄ filter values of the public lists: filters are kept in the URL as
 * lower-case codes; chips and pagination links are the same URL with one
 * value removed or the page changed.
 */
import { withQuery } from "./links";
import type { Chip } from "./ui/chips";

/** Filter values as URL codes, key by key. */
export type FilterValues = Record<string, string[]>;

export function code(value: string | number): string {
  return String(value).toLowerCase();
}

export function filterChips(
  path: string,
  values: FilterValues,
  describe: (key: string, value: string) => string,
): Chip[] {
  const chips: Chip[] = [];
  for (const [key, list] of Object.entries(values)) {
    for (const value of list) {
      chips.push({
        label: describe(key, value),
        removeHref: withQuery(path, { ...values, [key]: list.filter((v) => v !== value) }),
      });
    }
  }
  return chips;
}

export function pageHref(path: string, values: FilterValues) {
  return (page: number) => withQuery(path, { ...values, page: page > 1 ? page : undefined });
}

export function hasFilters(values: FilterValues): boolean {
  return Object.values(values).some((v) => v.length > 0);
}
