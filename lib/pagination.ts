/** Numbered pagination of the public lists ("page N sur M"). */
export type Page<T> = {
  items: T[];
  /** Items matching the filters, all pages together. */
  total: number;
  /** Current page, 1-based, clamped to the last page. */
  page: number;
  pageCount: number;
  perPage: number;
};

export const PER_PAGE = 20;

/** Clamps a requested page to what exists and returns the slice bounds. */
export function pageWindow(total: number, requested: number | undefined, perPage = PER_PAGE) {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, requested ?? 1), pageCount);
  return { page, pageCount, perPage, skip: (page - 1) * perPage };
}
