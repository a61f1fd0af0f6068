import { describe, expect, it } from "vitest";
import { actionFiltersSchema } from "@/lib/actions/filters";
import { formationFiltersSchema } from "@/lib/formations/filters";
import { paramsToObject } from "@/lib/filters";

describe("public filters", () => {
  it("parse repeated and comma-separated values into enum values", () => {
    const params = new URLSearchParams(
      "campus=ti&campus=msi&status=en_cours,terminee&year=2018&public=collegiens&q=energie",
    );
    expect(actionFiltersSchema.parse(paramsToObject(params))).toEqual({
      campus: ["ti", "msi"],
      status: ["EN_COURS", "TERMINEE"],
      year: 2018,
      public: ["COLLEGIENS"],
      q: "energie",
    });
  });

  it("default to no filter", () => {
    expect(actionFiltersSchema.parse({})).toEqual({ campus: [], status: [], public: [] });
    expect(formationFiltersSchema.parse({ level: "", q: "" })).toMatchObject({ level: [], q: undefined });
  });

  it("name the parameter of an invalid value", () => {
    const r = actionFiltersSchema.safeParse({ status: "finie", year: "deux-mille" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toContain("status.0");
    expect(paths).toContain("year");
    expect(r.error!.issues.find((i) => i.path[0] === "status")!.message).toContain("en_cours");
  });

  it("parse formation levels, diplomas and départements", () => {
    expect(
      formationFiltersSchema.parse({ level: ["5", "6"], diploma: "bts", departement: "2a" }),
    ).toMatchObject({
      level: [5, 6],
      diploma: ["BTS"],
      departement: "2A",
    });
  });
});
