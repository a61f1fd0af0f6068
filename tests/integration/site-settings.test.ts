import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readSiteSettings } from "@/lib/settings/queries";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { EMPTY_SETTINGS, missingSettings } from "@/lib/settings/schema";
import { coordinator, doOf } from "./backoffice-support";

const form = {
  publisherName: "Coordination régionale des CMQ",
  publisherAddress: "1 rue de l'Exemple\n25000 Besançon",
  publicationDirector: "Camille Exemple",
  hostName: "",
  hostAddress: "",
  coordinationAddress: "",
  contactEmail: " Contact@Exemple.FR ",
  defaultReportDeadline: "2027-03-31",
};

describe("site settings", () => {
  it("start empty after the seed: the report states none of them", async () => {
    expect(await readSiteSettings()).toEqual(EMPTY_SETTINGS);
    expect(missingSettings(EMPTY_SETTINGS)).toHaveLength(8);
  });

  it("the coordinator saves them (audited); what stays empty is listed as missing", async () => {
    const coord = await coordinator();
    expect(await updateSiteSettings(coord, form)).toEqual({ ok: true });
    const saved = await readSiteSettings();
    expect(saved).toMatchObject({
      publisherName: "Coordination régionale des CMQ",
      publisherAddress: "1 rue de l'Exemple\n25000 Besançon",
      contactEmail: "contact@exemple.fr",
      hostName: "",
    });
    expect(saved.defaultReportDeadline?.toISOString().slice(0, 10)).toBe("2027-03-31");
    expect(missingSettings(saved)).toEqual(["hostName", "hostAddress", "coordinationAddress"]);
    expect(await db.auditLog.count({ where: { entityType: "settings", operation: "update" } })).toBe(1);
  });

  it("refuses a DO and invalid values, changing nothing", async () => {
    const before = await readSiteSettings();
    expect(await updateSiteSettings(await doOf("ti"), form)).toEqual({ ok: false, reason: "forbidden" });
    expect(
      await updateSiteSettings(await coordinator(), {
        ...form,
        contactEmail: "pas une adresse",
        defaultReportDeadline: "31/02/2027",
      }),
    ).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { contactEmail: expect.any(String), defaultReportDeadline: expect.any(String) },
    });
    expect(await readSiteSettings()).toEqual(before);
  });
});
