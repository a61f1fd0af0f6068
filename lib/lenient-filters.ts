/**
 * Public pages read their filters from the URL with the shared schemas, but
 * a visitor's mistyped value must not break the page: invalid parameters are
 * dropped (and reported so the page can say so), valid ones kept. The open
 * data API keeps the strict parse and answers 400.
 */
import type { z } from "zod";
import { pageParam, type RawParams } from "./filters";

export function parseLenient<S extends z.ZodType>(
  schema: S,
  raw: RawParams,
): { value: z.output<S>; ignored: string[] } {
  const params: RawParams = { ...raw };
  const ignored: string[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const result = schema.safeParse(params);
    if (result.success) return { value: result.data as z.output<S>, ignored };
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (key && key in params) {
        delete params[key];
        ignored.push(key);
      }
    }
  }
  return { value: schema.parse({}) as z.output<S>, ignored };
}

/** A public list's request: its filters, parsed leniently, and the page asked for. */
export async function readListRequest<S extends z.ZodType>(
  searchParams: Promise<RawParams>,
  schema: S,
): Promise<{ filters: z.output<S>; page: number | undefined }> {
  const raw = await searchParams;
  return { filters: parseLenient(schema, raw).value, page: pageParam.parse(raw.page) };
}
