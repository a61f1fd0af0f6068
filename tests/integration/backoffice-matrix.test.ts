/**
 * The test that matters most: the DO of each campus tries to read, edit,
 * publish, unpublish, archive, restore and revert actions of every other
 * campus through every function a page, server action or route handler
 * calls — with forged ids — and every attempt fails with nothing changed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeActionPublication, createAction, revertAction, updateAction } from "@/lib/actions/mutations";
import {
  getActionForEdit,
  getActionHistory,
  getActionPreview,
  getActionRevision,
  listActionsForUser,
} from "@/lib/actions/backoffice-queries";
import { listArchives } from "@/lib/actions/archives";
import { ACTION_OPERATIONS } from "@/lib/actions/schema";
import type { CampusSlug } from "@/lib/site/campuses";
import {
  actionsFingerprint,
  actionValues,
  CAMPUSES,
  campusIdOf,
  coordinator,
  doOf,
} from "./backoffice-support";

type Targets = { published: string; draft: string; archived: string };
const targets = {} as Record<CampusSlug, Targets>;

beforeAll(async () => {
  const coord = await coordinator();
  for (const slug of CAMPUSES) {
    const campusId = await campusIdOf(slug);
    // A published action owned by this campus alone (co-owned ones are shared on purpose).
    const published = await db.action.findFirstOrThrow({
      where: { publication: "PUBLISHED", campuses: { every: { campusId }, some: { campusId } } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const draft = await createAction(coord, actionValues(campusId, { title: `Brouillon du campus ${slug}` }));
    const archived = await createAction(
      coord,
      actionValues(campusId, { title: `Archive du campus ${slug}` }),
    );
    if (!draft.ok || !archived.ok) throw new Error("setup failed");
    expect((await changeActionPublication(coord, archived.id, "archive")).ok).toBe(true);
    targets[slug] = { published: published.id, draft: draft.id, archived: archived.id };
  }
});

describe.each(CAMPUSES)("the DO of %s", (own) => {
  const others = CAMPUSES.filter((c) => c !== own);

  it.each(others)(
    "cannot read any action of %s (edit page, preview, history, revision, lists, archives)",
    async (foreign) => {
      const user = await doOf(own);
      for (const id of Object.values(targets[foreign])) {
        expect(await getActionForEdit(user, id)).toBeNull();
        expect(await getActionPreview(user, id)).toBeNull();
        expect(await getActionHistory(user, id)).toBeNull();
        expect(await getActionRevision(user, id, 1)).toBeNull();
      }
      const ids = new Set(Object.values(targets[foreign]));
      for (const publication of [undefined, "DRAFT", "PUBLISHED", "ARCHIVED"] as const) {
        const list = await listActionsForUser(user, { publication, campus: foreign });
        expect(list.rows.some((r) => ids.has(r.id))).toBe(false);
      }
      expect((await listArchives(user)).actions.some((a) => ids.has(a.id))).toBe(false);
    },
  );

  it.each(others)(
    "cannot edit, publish, unpublish, archive, restore or revert any action of %s, and nothing changes",
    async (foreign) => {
      const user = await doOf(own);
      const ownCampusId = await campusIdOf(own);
      const foreignCampusId = await campusIdOf(foreign);
      const before = await actionsFingerprint();
      for (const id of Object.values(targets[foreign])) {
        const current = await db.action.findUniqueOrThrow({ where: { id }, select: { version: true } });
        // Forged saves: the right version, with or without the DO's own campus added.
        expect(
          await updateAction(
            user,
            id,
            current.version,
            actionValues(foreignCampusId, { title: "Pris par un autre campus" }),
          ),
        ).toEqual({ ok: false, reason: "not_found" });
        expect(
          await updateAction(
            user,
            id,
            current.version,
            actionValues(foreignCampusId, {
              title: "Pris par un autre campus",
              campuses: [{ campusId: ownCampusId, axisId: "", isLead: true }],
            }),
          ),
        ).toEqual({ ok: false, reason: "not_found" });
        for (const operation of ACTION_OPERATIONS)
          expect(await changeActionPublication(user, id, operation)).toEqual({
            ok: false,
            reason: "not_found",
          });
        expect(await revertAction(user, id, 1)).toEqual({ ok: false, reason: "not_found" });
      }
      // Creating an action for another campus only is refused too.
      expect(
        await createAction(user, actionValues(foreignCampusId, { title: "Créée pour un autre campus" })),
      ).toMatchObject({ ok: false, reason: "invalid" });
      expect(await actionsFingerprint()).toBe(before);
    },
  );

  it("still manages the actions of its own campus", async () => {
    const user = await doOf(own);
    const t = targets[own];
    expect(await getActionForEdit(user, t.draft)).not.toBeNull();
    expect(await changeActionPublication(user, t.draft, "publish")).toMatchObject({ ok: true });
    expect(await changeActionPublication(user, t.draft, "unpublish")).toMatchObject({ ok: true });
    expect(await changeActionPublication(user, t.archived, "restore")).toMatchObject({ ok: true });
    expect(await changeActionPublication(user, t.archived, "archive")).toMatchObject({ ok: true });
  });
});

describe("the coordinator", () => {
  it("reads and manages the actions of every campus", async () => {
    const coord = await coordinator();
    for (const slug of CAMPUSES) {
      expect(await getActionForEdit(coord, targets[slug].published)).not.toBeNull();
      expect(await getActionHistory(coord, targets[slug].archived)).not.toBeNull();
    }
  });
});

describe("ids that are not ids", () => {
  it("answers not found for empty, oversized or unknown ids without touching anything", async () => {
    const user = await doOf("ti");
    const before = await actionsFingerprint();
    for (const id of ["", "x".repeat(500), "does-not-exist", "' OR 1=1 --"]) {
      expect(await getActionForEdit(user, id)).toBeNull();
      expect(await updateAction(user, id, 1, actionValues(user.campusId!))).toEqual({
        ok: false,
        reason: "not_found",
      });
      expect(await changeActionPublication(user, id, "publish")).toEqual({ ok: false, reason: "not_found" });
    }
    expect(await changeActionPublication(user, targets.ti.draft, "drop" as never)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await actionsFingerprint()).toBe(before);
  });
});
