/**
 * Every write of lib/ invalidates the cached public pages that show what it
 * changed, once it has committed (lib/audit/log.ts → lib/cache/invalidate.ts).
 * The walk below runs every exported write of lib/**\/mutations.ts and
 * records the tags it invalidated; a new write without a case here fails.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { db } from "@/lib/db";
import { onInvalidate } from "@/lib/cache/invalidate";
import type { CacheTag } from "@/lib/cache/tags";
import { recordAudit } from "@/lib/audit/log";
import { listDeletedRecords, restoreDeletedRecord } from "@/lib/audit/restore";
import { getActionForEdit } from "@/lib/actions/backoffice-queries";
import { getCampusChapterForm, getRegionPartsForm } from "@/lib/report/queries";
import type { SessionUser } from "@/lib/auth/types";
import { actionValues, campusIdOf, coordinator, doOf } from "./backoffice-support";

let recorded: CacheTag[][] = [];
let stop: () => void = () => {};
beforeEach(() => {
  recorded = [];
  stop = onInvalidate((tags) => recorded.push([...tags]));
});
afterEach(() => stop());

const tagsRecorded = () => [...new Set(recorded.flat())].sort();

type Case = { tags: CacheTag[]; run: (coord: SessionUser) => Promise<{ ok: boolean }> };

const mutations = {
  actions: () => import("@/lib/actions/mutations"),
  campuses: () => import("@/lib/campuses/mutations"),
  formations: () => import("@/lib/formations/mutations"),
  fundings: () => import("@/lib/fundings/mutations"),
  governance: () => import("@/lib/governance/mutations"),
  media: () => import("@/lib/media/mutations"),
  organisations: () => import("@/lib/organisations/mutations"),
  platforms: () => import("@/lib/platforms/mutations"),
  report: () => import("@/lib/report/mutations"),
  settings: () => import("@/lib/settings/mutations"),
  users: () => import("@/lib/users/mutations"),
  "working-copies": () => import("@/lib/working-copies/mutations"),
};

async function seededAction(coord: SessionUser) {
  const action = await db.action.findFirstOrThrow({ where: { publication: "PUBLISHED" } });
  return { action, edit: (await getActionForEdit(coord, action.id))! };
}

async function someOf<K extends "organisation" | "formation" | "platform">(model: K): Promise<string> {
  const delegate = db[model] as unknown as { findFirstOrThrow: (a: object) => Promise<{ id: string }> };
  return (await delegate.findFirstOrThrow({ where: { publication: "PUBLISHED" } })).id;
}

const campusForm = async () => {
  const c = await db.campus.findUniqueOrThrow({ where: { slug: "msi" } });
  return {
    version: String(c.version),
    name: c.name,
    alias: "",
    sectors: c.sectors.join("\n"),
    labelYear: String(c.labelYear),
    legalForm: c.legalForm,
    plannedLegalForm: "",
    plannedChange: "",
    email: c.email,
    siteUrl: c.siteUrl,
    presentation: `${c.presentation}\n\nMis à jour.`,
    strategy: c.strategy,
    governanceNotes: c.governanceNotes,
  };
};

const fundingForm = async () => ({
  funderId: (await db.organisation.findFirstOrThrow({ where: { key: "region-bfc" } })).id,
  campusId: await campusIdOf("amf"),
  kind: "SUBVENTION",
  amountEuros: "5000",
  amountBasis: "TOTAL",
  startYear: "2026",
  endYear: "2026",
  purpose: "Forum des métiers 2026",
});

const meetingForm = async () => ({
  instanceId: (await db.governanceInstance.findFirstOrThrow()).id,
  date: "12/03/2026",
  city: "Dijon",
  title: "Comité de pilotage de printemps",
});

const formationForm = async () => ({
  title: `BTS de test ${Math.random().toString(36).slice(2, 7)}`,
  diploma: "BTS",
  level: "5",
  modalities: ["SCOLAIRE"],
  state: "OUVERTE",
  campusIds: [await campusIdOf("ti")],
});

const platformForm = async () => ({
  name: `Plateforme de test ${Math.random().toString(36).slice(2, 7)}`,
  isLabelled: "oui",
  campusIds: [await campusIdOf("ti")],
});

const organisationForm = () => ({
  name: `Entreprise de test ${Math.random().toString(36).slice(2, 7)}`,
  kind: "ENTREPRISE",
});

const smallJpeg = async () =>
  new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3366aa" } })
      .jpeg()
      .toBuffer(),
  );

async function actionImageFields(user: SessionUser) {
  const action = await db.action.findFirstOrThrow({
    where: { publication: "PUBLISHED", campuses: { some: { campusId: user.campusId! } } },
    select: { id: true },
  });
  return { ownerKind: "ACTION", ownerId: action.id, role: "IMAGE", altText: "Une photo de l'atelier" };
}

const created = (r: { ok: boolean; id?: string }) => {
  if (!r.ok || !r.id) throw new Error(`write refused: ${JSON.stringify(r)}`);
  return r.id;
};

/** Exported helpers of mutation modules that write nothing themselves. */
const NOT_WRITES = new Set(["uniqueKey"]);

/** One committed call of every exported write, by module, and the tags it must invalidate. */
const CASES: Record<keyof typeof mutations, Record<string, Case>> = {
  actions: {
    createAction: {
      tags: ["actions"],
      run: async () => {
        const ti = await doOf("ti");
        const { createAction } = await mutations.actions();
        return createAction(ti, actionValues(await campusIdOf("ti"), { title: "Atelier de test du cache" }));
      },
    },
    updateAction: {
      tags: ["actions"],
      run: async (coord) => {
        const { updateAction } = await mutations.actions();
        const { action, edit } = await seededAction(coord);
        return updateAction(coord, action.id, edit.version, {
          ...edit.values,
          summary: `${edit.values.summary} !`,
        });
      },
    },
    changeActionPublication: {
      tags: ["actions"],
      run: async (coord) => {
        const { changeActionPublication } = await mutations.actions();
        return changeActionPublication(coord, (await seededAction(coord)).action.id, "unpublish");
      },
    },
    revertAction: {
      tags: ["actions"],
      run: async (coord) => {
        const { updateAction, revertAction } = await mutations.actions();
        const { action, edit } = await seededAction(coord);
        await updateAction(coord, action.id, edit.version, { ...edit.values, summary: "Texte à annuler." });
        recorded = [];
        return revertAction(coord, action.id, edit.version);
      },
    },
  },
  campuses: {
    updateCampus: {
      tags: ["campuses"],
      run: async (coord) => (await mutations.campuses()).updateCampus(coord, "msi", await campusForm()),
    },
    createAxis: {
      tags: ["campuses"],
      run: async (coord) => (await mutations.campuses()).createAxis(coord, "msi", { title: "Axe de test" }),
    },
    updateAxis: {
      tags: ["campuses"],
      run: async (coord) => {
        const axis = await db.campusAxis.findFirstOrThrow();
        return (await mutations.campuses()).updateAxis(coord, axis.id, { title: `${axis.title} (modifié)` });
      },
    },
    deleteAxis: {
      tags: ["campuses"],
      run: async (coord) => {
        const { createAxis, deleteAxis } = await mutations.campuses();
        const id = created(await createAxis(coord, "msi", { title: "Axe à supprimer" }));
        recorded = [];
        return deleteAxis(coord, id);
      },
    },
    createRole: {
      tags: ["campuses"],
      run: async (coord) =>
        (await mutations.campuses()).createRole(coord, "msi", {
          role: "DIRECTEUR_OPERATIONNEL",
          personName: "Test",
        }),
    },
    updateRole: {
      tags: ["campuses"],
      run: async (coord) => {
        const role = await db.roleAssignment.findFirstOrThrow();
        return (await mutations.campuses()).updateRole(coord, role.id, {
          role: role.role,
          personName: "Autre",
        });
      },
    },
    deleteRole: {
      tags: ["campuses"],
      run: async (coord) =>
        (await mutations.campuses()).deleteRole(coord, (await db.roleAssignment.findFirstOrThrow()).id),
    },
    saveSocialLink: {
      tags: ["campuses"],
      run: async (coord) =>
        (await mutations.campuses()).saveSocialLink(coord, "msi", {
          network: "LINKEDIN",
          url: "https://example.org/msi",
        }),
    },
    deleteSocialLink: {
      tags: ["campuses"],
      run: async (coord) => {
        const { saveSocialLink, deleteSocialLink } = await mutations.campuses();
        await saveSocialLink(coord, "ti", { network: "YOUTUBE", url: "https://example.org/ti" });
        recorded = [];
        return deleteSocialLink(coord, (await db.campusSocialLink.findFirstOrThrow()).id);
      },
    },
  },
  formations: {
    createFormation: {
      tags: ["formations"],
      run: async (coord) => (await mutations.formations()).createFormation(coord, await formationForm()),
    },
    updateFormation: {
      tags: ["formations"],
      run: async (coord) => {
        const { createFormation, updateFormation } = await mutations.formations();
        const form = await formationForm();
        const id = created(await createFormation(coord, form));
        recorded = [];
        return updateFormation(coord, id, { ...form, title: `${form.title} modifiée`, version: "1" });
      },
    },
    changeFormationPublication: {
      tags: ["formations"],
      run: async (coord) =>
        (await mutations.formations()).changeFormationPublication(
          coord,
          await someOf("formation"),
          "archive",
        ),
    },
  },
  fundings: {
    createFunding: {
      tags: ["fundings"],
      run: async (coord) => (await mutations.fundings()).createFunding(coord, await fundingForm()),
    },
    updateFunding: {
      tags: ["fundings"],
      run: async (coord) => {
        const { createFunding, updateFunding } = await mutations.fundings();
        const id = created(await createFunding(coord, await fundingForm()));
        recorded = [];
        return updateFunding(coord, id, { ...(await fundingForm()), amountEuros: "6000" });
      },
    },
    deleteFunding: {
      tags: ["fundings"],
      run: async (coord) => {
        const { createFunding, deleteFunding } = await mutations.fundings();
        const id = created(await createFunding(coord, await fundingForm()));
        recorded = [];
        return deleteFunding(coord, id);
      },
    },
  },
  governance: {
    createMeeting: {
      tags: ["governance"],
      run: async (coord) => (await mutations.governance()).createMeeting(coord, await meetingForm()),
    },
    updateMeeting: {
      tags: ["governance"],
      run: async (coord) => {
        const { createMeeting, updateMeeting } = await mutations.governance();
        const id = created(await createMeeting(coord, await meetingForm()));
        recorded = [];
        return updateMeeting(coord, id, { ...(await meetingForm()), city: "Besançon" });
      },
    },
    deleteMeeting: {
      tags: ["governance"],
      run: async (coord) => {
        const { createMeeting, deleteMeeting } = await mutations.governance();
        const id = created(await createMeeting(coord, await meetingForm()));
        recorded = [];
        return deleteMeeting(coord, id);
      },
    },
  },
  media: {
    uploadMedia: {
      tags: ["actions", "media"],
      run: async () => {
        const ti = await doOf("ti");
        const { uploadMedia } = await mutations.media();
        return uploadMedia(ti, await actionImageFields(ti), await smallJpeg());
      },
    },
    deleteMedia: {
      tags: ["campuses", "media"],
      run: async (coord) => {
        const { uploadMedia, deleteMedia } = await mutations.media();
        const logo = { ownerKind: "CAMPUS", ownerId: await campusIdOf("msi"), role: "LOGO", altText: "Logo" };
        const id = created(await uploadMedia(coord, logo, await smallJpeg()));
        recorded = [];
        return deleteMedia(coord, id);
      },
    },
  },
  organisations: {
    createOrganisation: {
      tags: ["organisations"],
      run: async (coord) => (await mutations.organisations()).createOrganisation(coord, organisationForm()),
    },
    updateOrganisation: {
      tags: ["organisations"],
      run: async (coord) => {
        const { createOrganisation, updateOrganisation } = await mutations.organisations();
        const form = organisationForm();
        const id = created(await createOrganisation(coord, form));
        recorded = [];
        return updateOrganisation(coord, id, { ...form, name: `${form.name} SA`, version: "1" });
      },
    },
    changeOrganisationPublication: {
      tags: ["organisations"],
      run: async (coord) =>
        (await mutations.organisations()).changeOrganisationPublication(
          coord,
          await someOf("organisation"),
          "archive",
        ),
    },
  },
  platforms: {
    createPlatform: {
      tags: ["platforms"],
      run: async (coord) => (await mutations.platforms()).createPlatform(coord, await platformForm()),
    },
    updatePlatform: {
      tags: ["platforms"],
      run: async (coord) => {
        const { createPlatform, updatePlatform } = await mutations.platforms();
        const form = await platformForm();
        const id = created(await createPlatform(coord, form));
        recorded = [];
        return updatePlatform(coord, id, { ...form, name: `${form.name} bis`, version: "1" });
      },
    },
    changePlatformPublication: {
      tags: ["platforms"],
      run: async (coord) =>
        (await mutations.platforms()).changePlatformPublication(coord, await someOf("platform"), "archive"),
    },
  },
  report: {
    reopenEdition: {
      tags: ["reports"],
      run: async (coord) =>
        (await mutations.report()).reopenEdition(coord, {
          year: 2018,
          reason: "Réouverture pour le test du cache.",
        }),
    },
    validateEdition: {
      tags: ["reports"],
      run: async (coord) => {
        const { reopenEdition, validateEdition } = await mutations.report();
        await reopenEdition(coord, { year: 2018, reason: "Réouverture pour le test du cache." });
        recorded = [];
        return validateEdition(coord, { year: 2018 });
      },
    },
    saveCampusChapter: {
      tags: ["reports"],
      run: async (coord) => {
        const { reopenEdition, saveCampusChapter } = await mutations.report();
        await reopenEdition(coord, { year: 2018, reason: "Réouverture pour le test du cache." });
        recorded = [];
        const form = (await getCampusChapterForm(coord, "ti", 2018))!;
        return saveCampusChapter(coord, {
          ...form.sections,
          campus: "ti",
          year: "2018",
          version: String(form.version),
          summary: "Résumé de test.",
        });
      },
    },
    openCampaign: {
      tags: ["reports"],
      run: async (coord) => (await mutations.report()).openCampaign(coord, { year: 2019 }),
    },
    setCampaignDeadline: {
      tags: ["reports"],
      run: async (coord) => {
        const { openCampaign, setCampaignDeadline } = await mutations.report();
        await openCampaign(coord, { year: 2019 });
        recorded = [];
        return setCampaignDeadline(coord, { year: 2019, deadline: "2099-03-31" });
      },
    },
    submitChapter: {
      tags: ["reports"],
      run: async (coord) => {
        const { reopenEdition, submitChapter } = await mutations.report();
        await reopenEdition(coord, { year: 2018, reason: "Réouverture pour le test du cache." });
        recorded = [];
        return submitChapter(coord, { campus: "ti", year: 2018 });
      },
    },
    reviewSection: {
      tags: ["reports"],
      run: async (coord) => {
        const { reopenEdition, submitChapter, reviewSection } = await mutations.report();
        await reopenEdition(coord, { year: 2018, reason: "Réouverture pour le test du cache." });
        await submitChapter(coord, { campus: "ti", year: 2018 });
        recorded = [];
        return reviewSection(coord, { campus: "ti", year: 2018, section: "summary", decision: "validate" });
      },
    },
    saveRegionParts: {
      tags: ["reports"],
      run: async (coord) => {
        const { reopenEdition, saveRegionParts } = await mutations.report();
        await reopenEdition(coord, { year: 2018, reason: "Réouverture pour le test du cache." });
        recorded = [];
        const form = (await getRegionPartsForm(coord, 2018))!;
        return saveRegionParts(coord, {
          ...form.parts,
          year: "2018",
          version: String(form.edition.version),
          summary: "Synthèse de test.",
        });
      },
    },
  },
  // Accounts appear on no public page: their writes invalidate nothing.
  users: {
    insertUserAccountUnsafe: {
      tags: [],
      run: async () => {
        const { insertUserAccountUnsafe } = await mutations.users();
        const r = await insertUserAccountUnsafe(
          {
            email: "cache.test@example.org",
            name: "Test",
            role: "COORDINATOR",
            campusId: null,
            password: null,
          },
          null,
        );
        return { ok: "ok" in r ? r.ok : true };
      },
    },
    inviteUser: {
      tags: [],
      run: async (coord) =>
        (await mutations.users()).inviteUser(
          coord,
          { email: "cree@example.org", name: "Créé", role: "COORDINATOR", campusId: "" },
          { origin: "http://localhost:3000" },
        ),
    },
    updateUser: {
      tags: [],
      run: async (coord) => {
        const u = await db.user.findFirstOrThrow({ where: { email: "do.ti@cmq-bfc.org" } });
        return (await mutations.users()).updateUser(coord, u.id, {
          name: "DO TI",
          email: u.email,
          role: "DO",
          campusId: await campusIdOf("ti"),
        });
      },
    },
    setUserActive: {
      tags: [],
      run: async (coord) => {
        const u = await db.user.findFirstOrThrow({ where: { email: "do.amf@cmq-bfc.org" } });
        return (await mutations.users()).setUserActive(coord, u.id, false);
      },
    },
    sendAccountLink: {
      tags: [],
      run: async (coord) => {
        const u = await db.user.findFirstOrThrow({ where: { email: "do.mma@cmq-bfc.org" } });
        return (await mutations.users()).sendAccountLink(coord, u.id, { origin: "http://localhost:3000" });
      },
    },
    changeOwnPassword: {
      tags: [],
      run: async () => {
        const msi = await doOf("msi");
        return (await mutations.users()).changeOwnPassword(
          msi,
          null,
          {
            currentPassword: process.env.DEMO_PASSWORD || "cmq-bfc-2018",
            newPassword: "Une phrase de passe assez longue 2026",
            confirmation: "Une phrase de passe assez longue 2026",
          },
          "203.0.113.9",
        );
      },
    },
  },
  settings: {
    updateSiteSettings: {
      tags: ["settings"],
      run: async (coord) =>
        (await mutations.settings()).updateSiteSettings(coord, {
          publisherName: "",
          publisherAddress: "",
          publicationDirector: "Camille Exemple",
          hostName: "",
          hostAddress: "",
          coordinationAddress: "",
          contactEmail: "",
          defaultReportDeadline: "",
        }),
    },
  },
  // A working copy (autosave) is private to its author: nothing public changes.
  "working-copies": {
    saveWorkingCopy: {
      tags: [],
      run: async (coord) =>
        (await mutations["working-copies"]()).saveWorkingCopy(coord, {
          form: "action",
          recordKey: "nouvelle",
          content: { title: "Brouillon" },
        }),
    },
    discardWorkingCopy: {
      tags: [],
      run: async (coord) =>
        (await mutations["working-copies"]()).discardWorkingCopy(coord, {
          form: "action",
          recordKey: "nouvelle",
        }),
    },
  },
};

describe("cache invalidation by the writes of lib/", () => {
  it("has a case for every exported write of lib/**/mutations.ts", async () => {
    const files = readdirSync(path.join(process.cwd(), "lib"), { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(`${path.sep}mutations.ts`),
    );
    expect(files.map((f) => f.split(path.sep)[0]).sort()).toEqual(Object.keys(mutations).sort());
    for (const [domain, load] of Object.entries(mutations)) {
      const writes = Object.entries(await load())
        .filter(([, value]) => typeof value === "function")
        .filter(([name]) => !NOT_WRITES.has(name))
        .map(([name]) => name)
        .sort();
      expect(writes, domain).toEqual(Object.keys(CASES[domain as keyof typeof mutations]).sort());
    }
  });

  for (const [domain, cases] of Object.entries(CASES))
    for (const [name, c] of Object.entries(cases))
      it(`${domain}: ${name} invalidates ${c.tags.join(", ") || "nothing"}`, async () => {
        const result = await c.run(await coordinator());
        expect(result.ok, JSON.stringify(result)).toBe(true);
        expect(tagsRecorded()).toEqual([...c.tags].sort());
      });

  it("a restore from the archives invalidates what it restores", async () => {
    const coord = await coordinator();
    const { createFunding, deleteFunding } = await mutations.fundings();
    const id = created(await createFunding(coord, await fundingForm()));
    await deleteFunding(coord, id);
    recorded = [];
    const deleted = (await listDeletedRecords(coord)).find((d) => d.entityId === id)!;
    expect(await restoreDeletedRecord(coord, deleted.auditId)).toMatchObject({ ok: true });
    expect(tagsRecorded()).toEqual(["fundings"]);
  });

  it("a refused write invalidates nothing", async () => {
    const ti = await doOf("ti");
    const { createOrganisation } = await mutations.organisations();
    expect(await createOrganisation(ti, organisationForm())).toMatchObject({ ok: false });
    expect(recorded).toEqual([]);
  });

  it("invalidates only once the transaction has committed, never after a rollback", async () => {
    const coord = await coordinator();
    const entry = {
      actor: coord,
      campusId: null,
      entityType: "formation",
      entityId: "x",
      operation: "update",
    } as const;
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { ...entry, summary: "annulée" });
        expect(recorded).toEqual([]);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(recorded).toEqual([]);
    await db.$transaction((tx) => recordAudit(tx, { ...entry, summary: "validée" }));
    expect(recorded).toEqual([["formations"]]);
  });
});
