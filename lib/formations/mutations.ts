import "server-only";
/** The coordinator's formations: create, edit, publish/unpublish, archive and restore (never deleted). */
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
import { formationColumns, formationSchema, type FormationInput } from "./schema";

type Formation = Prisma.FormationGetPayload<{ include: typeof include }>;

const formations: DirectoryEntries<FormationInput, Formation, ReturnType<typeof formationColumns>> = {
  entityType: "formation",
  schema: formationSchema,
  label: (f) => `Formation « ${f.title} »`,
  keyBase: (input) => input.title,
  columns: formationColumns,
  organisation: (input) => ({ field: "establishmentId", id: input.establishmentId }),
  slugTakenMessage: "Cette adresse est déjà celle d'une autre formation.",
  model: (tx) => tx.formation,
  unlinkCampuses: (tx, id) => tx.formationCampus.deleteMany({ where: { formationId: id } }),
};

export const createFormation = (user: SessionUser, raw: unknown) => createEntry(formations, user, raw);

export const updateFormation = (user: SessionUser, id: string, raw: unknown) =>
  updateEntry(formations, user, id, raw);

export const changeFormationPublication = (user: SessionUser, id: string, operation: PublicationOperation) =>
  changeEntryPublication(formations, user, id, operation);
