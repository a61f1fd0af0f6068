/** What the import screen's server actions answer. */
import type { ImportPreview } from "./import";

export type PreviewState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "ready"; fileName: string; preview: ImportPreview };
