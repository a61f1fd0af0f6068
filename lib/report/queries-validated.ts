import "server-only";
import { db } from "@/lib/db";
import type { CampusSlug } from "@/lib/site/campuses";
import { narrowToCampus, readSnapshot } from "./assemble";
import type { ReportDocument } from "./types";

/**
 * Parsed snapshots of validated editions, by year. Every campus page asks
 * which years have a public Bilan: reading and parsing a snapshot of several
 * hundred kilobytes each time would weigh on every visit. A small query on
 * the edition's state tells whether the parsed copy is still the one
 * validated (reopening clears validatedAt, validating again sets a new one).
 */
const parsedSnapshots = new Map<number, { validatedAt: number; doc: ReportDocument }>();

/** The frozen document of a validated edition (whole region or one campus), or null. */
export async function getValidatedReport(
  year: number,
  campus?: CampusSlug | null,
): Promise<ReportDocument | null> {
  const head = await db.reportEdition.findUnique({
    where: { year },
    select: { status: true, validatedAt: true },
  });
  if (head?.status !== "VALIDATED" || !head.validatedAt) return null;
  let entry = parsedSnapshots.get(year);
  if (!entry || entry.validatedAt !== head.validatedAt.getTime()) {
    const edition = await db.reportEdition.findUnique({
      where: { year },
      select: { status: true, validatedAt: true, snapshot: true },
    });
    const doc =
      edition?.status === "VALIDATED" && edition.validatedAt ? readSnapshot(edition.snapshot, year) : null;
    if (!doc || !edition?.validatedAt) return null;
    entry = { validatedAt: edition.validatedAt.getTime(), doc };
    parsedSnapshots.set(year, entry);
  }
  return campus ? narrowToCampus(entry.doc, campus) : entry.doc;
}
