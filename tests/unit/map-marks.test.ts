/**
 * The map's campus markers: two campuses carried by establishments of the
 * same commune (TI and AGT, both in Dijon) do not draw over each other, and
 * a label near the right edge stays inside the drawing.
 */
import { describe, expect, it } from "vitest";
import { campusMarks } from "@/components/map/region-map";
import type { MapCampus } from "@/lib/map/queries";

const campus = (slug: MapCampus["slug"], acronym: string, x: number, y: number): MapCampus => ({
  slug,
  acronym,
  fullName: `Campus ${acronym}`,
  color: "#000000",
  commune: "Dijon",
  point: { x, y },
});

describe("campus markers", () => {
  it("stacks the campuses of one commune one under the other", () => {
    const [ti, agt, itip] = campusMarks(
      [campus("ti", "TI", 50, 40), campus("agt", "AGT", 50.2, 39.9), campus("itip", "ITIP", 30, 60)],
      200,
    );
    expect(ti.y).toBe(40);
    expect(agt.y - ti.y).toBeGreaterThanOrEqual(6);
    expect(itip.y).toBe(60);
  });

  it("writes a label on the marker's left when it would leave the drawing on the right", () => {
    const [inside, edge] = campusMarks([campus("msi", "MSI", 100, 40), campus("mma", "MMA", 195, 40)], 200);
    expect(inside).toMatchObject({ isLeft: false, labelX: 104 });
    expect(edge).toMatchObject({ isLeft: true, labelX: 191 });
  });
});
