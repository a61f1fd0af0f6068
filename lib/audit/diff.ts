/** A readable before/after of any audited record: the top-level fields that changed. */
const IGNORED = new Set(["updatedAt", "createdAt", "version"]);

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.join(", ");
  return JSON.stringify(value, null, 1);
}

export type RecordChange = { field: string; before: string; after: string };

export function diffRecords(before: unknown, after: unknown): RecordChange[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  return keys.flatMap((field) => {
    const x = show(b[field]);
    const y = show(a[field]);
    return x === y ? [] : [{ field, before: x, after: y }];
  });
}
