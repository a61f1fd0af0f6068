/**
 * The coordinator's directories are written through one helper
 * (lib/directory/write.ts), which decides the permission before anything is
 * read. Every write of every directory module is called as a DO: each one
 * answers "forbidden", and none reaches the database (the client installed
 * here fails the test on first use).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/types";

const touched: string[] = [];
beforeAll(() => {
  const tripwire = new Proxy(
    {},
    {
      get(_target, property) {
        touched.push(String(property));
        throw new Error(`the database was used (${String(property)})`);
      },
    },
  );
  // lib/db.ts keeps its client here; it is read on the first query.
  (globalThis as { __cmqPrisma?: unknown }).__cmqPrisma = { client: tripwire };
});

const DIRECTORY_MODULES = {
  campuses: () => import("@/lib/campuses/mutations"),
  organisations: () => import("@/lib/organisations/mutations"),
  formations: () => import("@/lib/formations/mutations"),
  platforms: () => import("@/lib/platforms/mutations"),
  fundings: () => import("@/lib/fundings/mutations"),
  governance: () => import("@/lib/governance/mutations"),
  "audit restore": async () => ({
    restoreDeletedRecord: (await import("@/lib/audit/restore")).restoreDeletedRecord,
  }),
  imports: async () => ({ applyImportBatch: (await import("@/lib/imports/import")).applyImportBatch }),
};

const doTi: SessionUser = {
  id: "user-do-ti",
  email: "do.ti@cmq-bfc.org",
  name: "Direction opérationnelle TI",
  role: "DO",
  campusId: "campus-ti",
  campusSlug: "ti",
};

describe("a DO is refused every write of the coordinator's directories", () => {
  for (const [name, load] of Object.entries(DIRECTORY_MODULES)) {
    it(`${name}: every write answers "forbidden" without touching the database`, async () => {
      const writes = Object.entries(await load()).filter(([, value]) => typeof value === "function");
      expect(writes.length).toBeGreaterThan(0);
      for (const [fn, write] of writes) {
        // Whatever the arguments (an id, a slug, form values, an operation), the answer is the same.
        const result = await (write as (...args: unknown[]) => Promise<unknown>)(
          doTi,
          "some-id",
          "publish",
          [],
        );
        expect(result, fn).toEqual({ ok: false, reason: "forbidden" });
      }
      expect(touched).toEqual([]);
    });
  }
});

describe("the database tripwire of this file", () => {
  it("fires when a write does reach the database (the coordinator's)", async () => {
    const { deleteFunding } = await import("@/lib/fundings/mutations");
    const coordinator: SessionUser = {
      ...doTi,
      id: "user-coord",
      role: "COORDINATOR",
      campusId: null,
      campusSlug: null,
    };
    await expect(deleteFunding(coordinator, "some-id")).rejects.toThrow("the database was used");
  });
});
