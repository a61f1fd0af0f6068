import "server-only";
/** The coordinator's plateformes technologiques: create, edit, publish/unpublish, archive, restore. */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import {
  changeEntryPublication,
  createEntry,
  entryInclude as include,
  updateEntry,
  type DirectoryEntries,
} from "@/lib/directory/entries";
import type { PublicationOperation } from "@/lib/forms/publication";
import { platformSchema, type PlatformInput } from "./schema";

type Platform = Prisma.PlatformGetPayload<{ include: typeof include }>;

function columns({ campusIds: _c, slug: _s, ...rest }: PlatformInput) {
  return rest;
}

const platforms: DirectoryEntries<PlatformInput, Platform, ReturnType<typeof columns>> = {
  entityType: "platform",
  schema: platformSchema,
  label: (p) => `Plateforme « ${p.name} »`,
  keyBase: (input) => input.acronym || input.name,
  columns,
  organisation: (input) => ({ field: "hostId", id: input.hostId }),
  slugTakenMessage: "Cette adresse est déjà celle d'une autre plateforme.",
  model: (tx) => tx.platform,
  unlinkCampuses: (tx, id) => tx.platformCampus.deleteMany({ where: { platformId: id } }),
};

export const createPlatform = (user: SessionUser, raw: unknown) => createEntry(platforms, user, raw);

export const updatePlatform = (user: SessionUser, id: string, raw: unknown) =>
  updateEntry(platforms, user, id, raw);

export const changePlatformPublication = (user: SessionUser, id: string, operation: PublicationOperation) =>
  changeEntryPublication(platforms, user, id, operation);
