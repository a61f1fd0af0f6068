import { describe, expect, it } from "vitest";
import {
  campusScope,
  canEditAction,
  canManageCampus,
  canManageDirectories,
  canManageUsers,
  campusUserMustKeep,
  foreignCampusLinksChanged,
  isCoordinator,
} from "@/lib/auth/permissions";
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  isUserActivity,
  sessionState,
  shouldTouch,
} from "@/lib/auth/session-policy";
import { safeCallbackUrl, signInUrl } from "@/lib/auth/callback-url";
import { throttledMessage } from "@/lib/auth/messages";

const doTi = { role: "DO" as const, campusId: "campus-ti" };
const coordinator = { role: "COORDINATOR" as const, campusId: null };

describe("permissions", () => {
  it("a DO manages their own campus only; the coordinator every campus", () => {
    expect(canManageCampus(doTi, "campus-ti")).toBe(true);
    expect(canManageCampus(doTi, "campus-msi")).toBe(false);
    expect(canManageCampus(doTi, null)).toBe(false);
    expect(canManageCampus(coordinator, "campus-msi")).toBe(true);
    expect(canManageCampus({ role: "DO", campusId: null }, "campus-ti")).toBe(false);
  });

  it("a DO edits actions their campus owns or co-owns", () => {
    expect(canEditAction(doTi, ["campus-msi", "campus-ti"])).toBe(true);
    expect(canEditAction(doTi, ["campus-msi"])).toBe(false);
    expect(canEditAction(doTi, [])).toBe(false);
    expect(canEditAction(coordinator, ["campus-msi"])).toBe(true);
  });

  it("puts the campus in the where of every action query", () => {
    expect(campusScope(doTi)).toEqual({ campuses: { some: { campusId: "campus-ti" } } });
    expect(campusScope(coordinator)).toEqual({});
    // A DO without a campus (inconsistent account) matches nothing rather than everything.
    expect(campusScope({ role: "DO", campusId: null })).toEqual({ id: { in: [] } });
  });

  it("lets a DO add a co-owning campus but not change the links other campuses already have", () => {
    const before = [
      { campusId: "campus-msi", axisId: "axis-msi-1", isLead: true },
      { campusId: "campus-ti", axisId: null, isLead: false },
    ];
    const withTi = (ti: { axisId: string | null; isLead: boolean }) => [
      before[0],
      { campusId: "campus-ti", ...ti },
    ];
    expect(foreignCampusLinksChanged(doTi, before, withTi({ axisId: "axis-ti-2", isLead: false }))).toEqual(
      [],
    );
    expect(
      foreignCampusLinksChanged(doTi, before, [
        ...before,
        { campusId: "campus-agt", axisId: null, isLead: false },
      ]),
    ).toEqual([]);
    expect(foreignCampusLinksChanged(doTi, before, [before[1]])).toEqual(["campus-msi"]);
    expect(
      foreignCampusLinksChanged(doTi, before, [{ ...before[0], axisId: "axis-msi-2" }, before[1]]),
    ).toEqual(["campus-msi"]);
    expect(
      foreignCampusLinksChanged(doTi, before, [
        { ...before[0], isLead: false },
        { ...before[1], isLead: true },
      ]),
    ).toEqual(["campus-msi"]);
    expect(foreignCampusLinksChanged(coordinator, before, [before[1]])).toEqual([]);
  });

  it("keeps directories, accounts and the DO's own campus rules in one place", () => {
    expect(isCoordinator(coordinator)).toBe(true);
    expect([canManageDirectories(doTi), canManageUsers(doTi)]).toEqual([false, false]);
    expect([canManageDirectories(coordinator), canManageUsers(coordinator)]).toEqual([true, true]);
    expect(campusUserMustKeep(doTi)).toBe("campus-ti");
    expect(campusUserMustKeep(coordinator)).toBeNull();
  });
});

describe("session lifetime", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it("is active under 30 minutes idle and 12 hours old", () => {
    expect(sessionState({ createdAt: ago(60_000), lastSeenAt: ago(1000), revokedAt: null }, now)).toBe(
      "active",
    );
    expect(
      sessionState(
        { createdAt: ago(ABSOLUTE_TIMEOUT_MS - 1), lastSeenAt: ago(IDLE_TIMEOUT_MS - 1), revokedAt: null },
        now,
      ),
    ).toBe("active");
  });

  it("ends at 30 minutes idle, at 12 hours, and when revoked", () => {
    expect(
      sessionState({ createdAt: ago(60_000), lastSeenAt: ago(IDLE_TIMEOUT_MS), revokedAt: null }, now),
    ).toBe("idle");
    expect(sessionState({ createdAt: ago(ABSOLUTE_TIMEOUT_MS), lastSeenAt: now, revokedAt: null }, now)).toBe(
      "expired",
    );
    expect(sessionState({ createdAt: ago(1000), lastSeenAt: now, revokedAt: ago(1) }, now)).toBe("revoked");
  });

  it("writes lastSeenAt at most once a minute", () => {
    expect(shouldTouch({ lastSeenAt: ago(30_000) }, now)).toBe(false);
    expect(shouldTouch({ lastSeenAt: ago(61_000) }, now)).toBe(true);
  });

  it("counts a page opened, an RSC navigation or a form sent as activity, never a prefetch", () => {
    const activity = (headers: Record<string, string>) => isUserActivity(new Headers(headers));
    expect(activity({})).toBe(true);
    expect(activity({ RSC: "1", "Next-Url": "/admin" })).toBe(true);
    expect(activity({ "Next-Action": "abc123", "Sec-Fetch-Mode": "cors" })).toBe(true);
    expect(activity({ RSC: "1", "Next-Router-Prefetch": "1" })).toBe(false);
    expect(
      activity({ RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" }),
    ).toBe(false);
    expect(activity({ RSC: "1", "Next-Router-Segment-Prefetch": "/_full" })).toBe(false);
    expect(activity({ "Sec-Purpose": "prefetch" })).toBe(false);
    expect(activity({ "Sec-Purpose": "prefetch;prerender" })).toBe(false);
    expect(activity({ Purpose: "Prefetch" })).toBe(false);
  });
});

describe("callback URL after sign-in", () => {
  it("keeps same-origin relative paths with their query", () => {
    expect(safeCallbackUrl("/admin/actions/abc?x=1")).toBe("/admin/actions/abc?x=1");
    expect(safeCallbackUrl("/admin")).toBe("/admin");
  });

  it("refuses anything that could leave the site", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "admin",
      "",
      "/connexion",
      "/\u0000x",
      "/a\nb",
      undefined,
      42,
    ]) {
      expect(safeCallbackUrl(value), String(value)).toBe("/admin");
    }
    // Encoded characters stay encoded: a path, never a header.
    expect(safeCallbackUrl("/%0d%0aSet-Cookie:x")).toBe("/%0d%0aSet-Cookie:x");
  });

  it("builds the sign-in address that comes back", () => {
    expect(signInUrl("/admin/actions?statut=en_cours")).toBe(
      "/connexion?callbackUrl=%2Fadmin%2Factions%3Fstatut%3Den_cours",
    );
    expect(signInUrl(null)).toBe("/connexion?callbackUrl=%2Fadmin");
  });
});

describe("password throttle message", () => {
  it("says in whole minutes, rounded up, when to try again", () => {
    expect(throttledMessage(15 * 60_000 - 1)).toBe("Trop de tentatives, réessayez dans 15\u00A0minutes.");
    expect(throttledMessage(61_000)).toBe("Trop de tentatives, réessayez dans 2\u00A0minutes.");
    expect(throttledMessage(59_000)).toBe("Trop de tentatives, réessayez dans 1\u00A0minute.");
    expect(throttledMessage(0)).toBe("Trop de tentatives, réessayez dans 1\u00A0minute.");
  });
});
