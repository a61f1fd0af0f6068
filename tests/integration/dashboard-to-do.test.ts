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

describe("the campaign on the dashboards", () => {
  it("shows a DO their chapter's sections by state and the days left, the coordinator every campus; overdue is stated", async () => {
    const { openCampaign, setCampaignDeadline, saveCampusChapter } = await import("@/lib/report/mutations");
    const coord = await coordinator();
    const ti = await doOf("ti");
    const now = new Date("2027-03-21T09:00:00Z");
    expect((await openCampaign(coord, { year: 2019 }, now)).ok).toBe(true);
    expect((await setCampaignDeadline(coord, { year: 2019, deadline: "2027-03-31" }, now)).ok).toBe(true);
    const empty = { strategy: "", governance: "", mainActions: "", results: "", lessons: "", outlook: "" };
    const version = (
      await db.campusReport.findFirstOrThrow({ where: { year: 2019, campus: { slug: "ti" } } })
    ).version;
    expect(
      (await saveCampusChapter(ti, { campus: "ti", year: 2019, version, ...empty, summary: "Résumé 2019." }))
        .ok,
    ).toBe(true);

    const mine = await getDashboardToDo(ti, now);
    expect(mine.report).toMatchObject({ year: 2019, opened: true, isValidated: false });
    expect(mine.report.deadline?.daysLeft).toBe(10);
    expect(mine.campuses.map((c) => c.slug)).toEqual(["ti"]);
    expect(mine.campuses[0].report.states).toEqual({
      TO_WRITE: 6,
      IN_PROGRESS: 1,
      SUBMITTED: 0,
      VALIDATED: 0,
    });
    expect(mine.campuses[0].report.sections[0]).toMatchObject({ key: "summary", state: "IN_PROGRESS" });

    const all = await getDashboardToDo(coord, now);
    expect(all.campuses).toHaveLength(6);
    expect(all.campuses.find((c) => c.slug === "agt")!.report.states.TO_WRITE).toBe(7);
    expect((await getDashboardToDo(ti, new Date("2027-04-03T09:00:00Z"))).report.deadline?.daysLeft).toBe(-3);
    const { deadlineWords } = await import("@/lib/report/progress");
    expect(deadlineWords({ date: new Date("2027-03-31T00:00:00Z"), daysLeft: -3 })).toMatch(
      /^Date limite dépassée de 3\s+jours \(31 mars 2027\)\.$/,
    );
  });
});
