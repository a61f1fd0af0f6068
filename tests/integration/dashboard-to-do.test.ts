import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboardToDo } from "@/lib/dashboard/queries";
import { createAction } from "@/lib/actions/mutations";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { actionValues, campusIdOf, coordinator, doOf } from "./backoffice-support";

describe("what the dashboards list as waiting", () => {
  it("a DO sees their campus only: drafts, their proposals awaiting validation, report sections with the deadline", async () => {
    const ti = await doOf("ti");
    const before = await getDashboardToDo(ti);
    expect(before.campuses.map((c) => c.slug)).toEqual(["ti"]);
    expect(before.missingSettings).toBeNull();

    const created = await createAction(
      ti,
      actionValues(await campusIdOf("ti"), {
        newPartners: [
          { name: "Atelier proposé pour le tableau", kind: "ENTREPRISE", city: "", website: "", role: "" },
        ],
      }),
    );
    expect(created.ok, JSON.stringify(created)).toBe(true);
    await updateSiteSettings(await coordinator(), {
      publisherName: "",
      publisherAddress: "",
      publicationDirector: "",
      hostName: "",
      hostAddress: "",
      coordinationAddress: "",
      contactEmail: "",
      defaultReportDeadline: "2027-03-31",
    });
    const after = await getDashboardToDo(ti);
    expect(after.campuses[0].drafts).toBe(before.campuses[0].drafts + 1);
    expect(after.campuses[0].proposals).toBe(before.campuses[0].proposals + 1);
    expect(after.report.deadline?.date.toISOString().slice(0, 10)).toBe("2027-03-31");
    const { written, total, toWrite } = after.campuses[0].report;
    expect(total).toBeGreaterThan(0);
    expect(after.report.isValidated ? 0 : total - written).toBe(toWrite.length);

    // The proposal is counted for TI only, and no longer once validated.
    const coordView = await getDashboardToDo(await coordinator());
    expect(coordView.campuses).toHaveLength(6);
    expect(coordView.campuses.find((c) => c.slug === "agt")!.proposals).toBe(0);
    expect(coordView.campuses.find((c) => c.slug === "ti")!.proposals).toBe(after.campuses[0].proposals);
    expect(coordView.missingSettings).toHaveLength(7);
    await db.organisation.updateMany({
      where: { name: "Atelier proposé pour le tableau" },
      data: { publication: "PUBLISHED" },
    });
    expect((await getDashboardToDo(ti)).campuses[0].proposals).toBe(before.campuses[0].proposals);
  });
});
