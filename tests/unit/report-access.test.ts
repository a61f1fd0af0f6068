/** Who may export which report: decided from the session user alone. */
import { describe, expect, it } from "vitest";
import { canManageEdition, canWriteCampusChapter, exportAccess } from "@/lib/report/access";
import type { SessionUser } from "@/lib/auth/types";

const coordinator: SessionUser = {
  id: "c",
  email: "c@x",
  name: "Coordination",
  role: "COORDINATOR",
  campusId: null,
  campusSlug: null,
};
const doTi: SessionUser = {
  id: "d",
  email: "d@x",
  name: "DO TI",
  role: "DO",
  campusId: "campus-ti",
  campusSlug: "ti",
};

describe("exportAccess", () => {
  it("refuses anonymous visitors with 401", () => {
    expect(exportAccess(null, null)).toMatchObject({ ok: false, status: 401 });
    expect(exportAccess(null, "ti")).toMatchObject({ ok: false, status: 401 });
  });

  it("gives the coordinator the region or any campus", () => {
    expect(exportAccess(coordinator, null)).toEqual({ ok: true, campus: null });
    expect(exportAccess(coordinator, " agt ")).toEqual({ ok: true, campus: "agt" });
    expect(exportAccess(coordinator, "xyz")).toMatchObject({ ok: false, status: 404 });
  });

  it("gives a DO only ?campus=<own slug>", () => {
    expect(exportAccess(doTi, "ti")).toEqual({ ok: true, campus: "ti" });
    expect(exportAccess(doTi, null)).toMatchObject({ ok: false, status: 403 });
    expect(exportAccess(doTi, "")).toMatchObject({ ok: false, status: 403 });
    expect(exportAccess(doTi, "agt")).toMatchObject({ ok: false, status: 403 });
    expect(exportAccess(doTi, "../ti")).toMatchObject({ ok: false, status: 404 });
  });

  it("lets a DO write only their campus's chapter and only the coordinator manage the edition", () => {
    expect(canWriteCampusChapter(doTi, "campus-ti")).toBe(true);
    expect(canWriteCampusChapter(doTi, "campus-agt")).toBe(false);
    expect(canWriteCampusChapter(coordinator, "campus-agt")).toBe(true);
    expect(canManageEdition(doTi)).toBe(false);
    expect(canManageEdition(coordinator)).toBe(true);
  });
});
