import { describe, expect, it } from "vitest";
import { makeLinks, withQuery } from "@/components/links";
import { filterChips, pageHref } from "@/components/filter-chips";
import { pathPoints, REGION_MAP } from "@/lib/map/geometry";
import { departementLabel, departementName } from "@/lib/map/departements";
import { pageWindow } from "@/lib/pagination";
import { parseLenient } from "@/lib/lenient-filters";
import { actionFiltersSchema } from "@/lib/actions/filters";

const hub = { protocol: "http", hubHost: "localhost:3000", hostCampus: null };
const tiHost = { protocol: "http", hubHost: "localhost:3000", hostCampus: "ti" as const };

describe("links of the public pages", () => {
  it("keep a sub-site's links on it, in path and host modes", () => {
    expect(makeLinks(hub, "ti").formation("bts-x")).toBe("/ti/formations/bts-x");
    expect(makeLinks(tiHost, "ti").formation("bts-x")).toBe("/formations/bts-x");
    expect(makeLinks(hub, null).formation("bts-x")).toBe("/formations/bts-x");
    expect(makeLinks(tiHost, "ti").hub("/carte")).toBe("http://localhost:3000/carte");
  });

  it("open an action on the campus browsed when it owns it, else on its lead campus", () => {
    const action = { slug: "salon", campuses: [{ slug: "msi" as const }, { slug: "mma" as const }] };
    expect(makeLinks(hub, null).action(action)).toBe("/msi/actions/salon");
    expect(makeLinks(hub, "mma").action(action)).toBe("/mma/actions/salon");
    expect(makeLinks(tiHost, "ti").action(action)).toBe("http://msi.localhost:3000/actions/salon");
  });

  it("write filters in the URL and remove one per chip", () => {
    expect(withQuery("/actions", { q: "énergie", campus: ["ti", "msi"], year: undefined, page: 2 })).toBe(
      "/actions?q=%C3%A9nergie&campus=ti&campus=msi&page=2",
    );
    const chips = filterChips(
      "/actions",
      { campus: ["ti", "msi"], status: ["en_cours"] },
      (k, v) => `${k}:${v}`,
    );
    expect(chips.map((c) => c.label)).toEqual(["campus:ti", "campus:msi", "status:en_cours"]);
    expect(chips[0].removeHref).toBe("/actions?campus=msi&status=en_cours");
    expect(pageHref("/actions", { q: ["x"] })(1)).toBe("/actions?q=x");
    expect(pageHref("/actions", { q: ["x"] })(3)).toBe("/actions?q=x&page=3");
  });

  it("ignore a mistyped filter and keep the others", () => {
    const { value, ignored } = parseLenient(actionFiltersSchema, {
      status: "finie",
      campus: "ti",
      year: "2018",
    });
    expect(ignored).toEqual(["status"]);
    expect(value).toMatchObject({ campus: ["ti"], status: [], year: 2018 });
  });

  it("clamp pages", () => {
    expect(pageWindow(0, 5)).toMatchObject({ page: 1, pageCount: 1, skip: 0 });
    expect(pageWindow(45, 9, 20)).toMatchObject({ page: 3, pageCount: 3, skip: 40 });
  });
});

describe("regional map geometry", () => {
  it("reads relative paths into absolute points", () => {
    expect(pathPoints("m 10,10 5,0 0,5 z m 1,1 2,2 z")).toEqual([
      { x: 10, y: 10 },
      { x: 15, y: 10 },
      { x: 15, y: 15 },
      { x: 11, y: 11 },
      { x: 13, y: 13 },
    ]);
  });

  it("frames the eight départements of the region, labels inside the frame", () => {
    expect(REGION_MAP.shapes.map((s) => s.code)).toEqual(["21", "25", "39", "58", "70", "71", "89", "90"]);
    const [x, y, w, h] = REGION_MAP.viewBox.split(" ").map(Number);
    for (const s of REGION_MAP.shapes) {
      expect(s.label.x).toBeGreaterThan(x);
      expect(s.label.x).toBeLessThan(x + w);
      expect(s.label.y).toBeGreaterThan(y);
      expect(s.label.y).toBeLessThan(y + h);
    }
    expect(departementName("25")).toBe("Doubs");
    expect(departementLabel("90")).toBe("Territoire de Belfort (90)");
    expect(departementName("971")).toBe("971");
  });
});
