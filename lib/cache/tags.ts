/**
 * The cache tags of public reads: one per domain, coarse on purpose (a
 * write re-renders every page that shows its domain; pages are cheap to
 * re-render once, the rule is easy to keep). Public reads tag themselves
 * with `cachedRead(...)`; writes call `invalidate(...)` (./invalidate.ts).
 */
export const CACHE_TAGS = [
  "actions",
  "campuses",
  "formations",
  "organisations",
  "platforms",
  "fundings",
  "governance",
  "reports",
  "settings",
  "media",
] as const;

export type CacheTag = (typeof CACHE_TAGS)[number];
