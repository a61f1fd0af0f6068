/**
 * How an edition's state is dated in words, the same on /rapports, in the
 * back office and on the cover: a published edition by what its source
 * says (« Édition publiée en 2019 », or, for the undated 2018 report, what
 * it states of its date), a validated one by its validation. The moment a
 * published edition was loaded into the portal is never shown as a
 * validation date.
 */
import { formatDate } from "@/lib/text/format";
import { publishedOnLabel } from "./format";

export type EditionDating = {
  status: "DRAFT" | "VALIDATED";
  validatedAt: Date | string | null;
  validatedBy?: string | null;
  publishedOn?: string | null;
  publishedNote?: string | null;
};

/** Is this a published edition taken as it is (dated by its source, not by a validation)? */
export function isPublishedEdition(e: EditionDating): boolean {
  return e.status === "VALIDATED" && !!(e.publishedOn || e.publishedNote);
}

/**
 * « Édition publiée en 2019 », « Édition publiée (document non daté ; …) »,
 * « Édition validée le 3 mars 2027 par Camille Martin », or null for a draft.
 */
export function editionDateLine(e: EditionDating): string | null {
  if (e.status !== "VALIDATED") return null;
  if (isPublishedEdition(e)) {
    const on = e.publishedOn ? ` ${publishedOnLabel(e.publishedOn)}` : "";
    const note = e.publishedNote ? ` (${e.publishedNote})` : "";
    return `Édition publiée${on}${note}`;
  }
  if (!e.validatedAt) return "Édition validée";
  return `Édition validée le ${formatDate(e.validatedAt)}${e.validatedBy ? ` par ${e.validatedBy}` : ""}`;
}
