/**
 * Freezing an edition: the whole report of the year is assembled from the
 * data as it is now and becomes the edition's snapshot. Shared by the
 * coordinator's "Valider" (lib/report/mutations.ts) and by the seed, which
 * freezes the editions content/ marks as published (the 2018 report was
 * published: its Bilan pages and downloads are public from the first start).
 * The seed's freeze is recorded as a "publish" event: the edition is dated by
 * its source (publishedOn / publishedNote), never by the seed's run.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { assembleRegionReport } from "./assemble";
import type { ReportDocument } from "./types";

export type FrozenEdition = { document: ReportDocument; validatedAt: Date };

export async function freezeEdition(
  client: Tx | PrismaClient,
  edition: { id: string; year: number },
  by: { userId: string | null; name: string | null; reason?: string; kind?: "validate" | "publish" },
): Promise<FrozenEdition> {
  const now = new Date();
  const [doc, row] = await Promise.all([
    assembleRegionReport(edition.year, client),
    client.reportEdition.findUnique({
      where: { id: edition.id },
      select: { publishedOn: true, publishedNote: true },
    }),
  ]);
  const snapshot = {
    ...doc,
    generatedAt: now.toISOString(),
    edition: {
      ...doc.edition,
      status: "VALIDATED" as const,
      validatedAt: now.toISOString(),
      validatedBy: by.name,
      publishedOn: row?.publishedOn ?? null,
      publishedNote: row?.publishedNote ?? null,
    },
  };
  await client.reportEdition.update({
    where: { id: edition.id },
    data: {
      status: "VALIDATED",
      validatedAt: now,
      validatedById: by.userId,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
    },
  });
  await client.editionEvent.create({
    data: {
      editionId: edition.id,
      kind: by.kind ?? "validate",
      reason: by.reason ?? null,
      userId: by.userId,
      at: now,
    },
  });
  return { document: doc, validatedAt: now };
}
