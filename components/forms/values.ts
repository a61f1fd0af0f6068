/** Reading submitted values back into fields (FormData → string or list). */
import type { Submitted as Values } from "@/lib/server-action/state";

export const str = (v: Values, key: string): string => {
  const x = v[key];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
};

export const list = (v: Values, key: string): string[] => {
  const x = v[key];
  return Array.isArray(x) ? x : x ? [x] : [];
};
