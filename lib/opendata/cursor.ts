/**
 * Opaque pagination cursors. Every list is ordered by a unique key (the
 * slug, or the key of a funding), so the position after the last item of a
 * page is that key alone: stable while records are added or removed, and a
 * record is never served twice nor skipped when the list is walked through.
 * The cursor is that key, base64url-encoded with a version tag so the format
 * can change without breaking old cursors silently.
 */
import { z } from "zod";

const payloadSchema = z.object({ v: z.literal(1), after: z.string().min(1).max(300) });

export function encodeCursor(after: string): string {
  return Buffer.from(JSON.stringify({ v: 1, after }), "utf8").toString("base64url");
}

/** The key to continue after, or null when the cursor is not one of ours. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data.after : null;
  } catch {
    return null;
  }
}
