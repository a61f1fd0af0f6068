import { describe, expect, it } from "vitest";
import { actionInputSchema, emptyActionFormValues, type ActionFormValues } from "@/lib/actions/schema";
import { endsBeforeStart, normalisePartialDateInput, partialDateToInput } from "@/lib/dates/input";
import { diffActions, diffLines, emptyLookup, sameContent } from "@/lib/actions/diff";
import { contentOf, inputToContent, snapshotToFormValues } from "@/lib/actions/form-values";
import type { ActionSnapshot } from "@/lib/actions/snapshot";
import { fieldErrorsOf } from "@/lib/result";
import { slugify } from "@/lib/text/fold";
import { createUserSchema, changeOwnPasswordSchema } from "@/lib/users/schema";
import { fundingSchema } from "@/lib/fundings/schema";
import { platformSchema } from "@/lib/platforms/schema";

const valid = (overrides: Partial<ActionFormValues> = {}): ActionFormValues => ({
  ...emptyActionFormValues("c1"),
  title: "Salon Get-Smart",
  summary: "Un salon des métiers du numérique.",
  ...overrides,
});

function errorsOf(values: unknown) {
  const r = actionInputSchema.safeParse(values);
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe("partial dates typed in a form", () => {
  it("reads French and ISO forms, and shows them back in French", () => {
    expect(normalisePartialDateInput("2018")).toBe("2018");
    expect(normalisePartialDateInput("9/2018")).toBe("2018-09");
    expect(normalisePartialDateInput("20/09/2018")).toBe("2018-09-20");
    expect(normalisePartialDateInput("2018-09-20")).toBe("2018-09-20");
    for (const bad of ["31/02/2018", "13/2018", "hier", "1850", "2018-9"])
      expect(normalisePartialDateInput(bad)).toBeNull();
    expect(partialDateToInput("2018-09-20")).toBe("20/09/2018");
    expect(partialDateToInput("2018-09")).toBe("09/2018");
    expect(partialDateToInput(null)).toBe("");
  });

  it("compares periods, not first days", () => {
    expect(endsBeforeStart("2018-09-20", "2018-09")).toBe(false);
    expect(endsBeforeStart("2018-09-20", "2018")).toBe(false);
    expect(endsBeforeStart("2018-09-20", "2018-08")).toBe(true);
    expect(endsBeforeStart("2019", "2018-12-31")).toBe(true);
  });
});

describe("the action form schema (shared by form and server)", () => {
  it("accepts a complete form and normalises it", () => {
    const r = actionInputSchema.parse(
      valid({
        start: "09/2018",
        end: "2019",
        reportYears: ["2018"],
        beneficiaries: [{ count: "1 200", unit: "ELEVES", detail: "", audience: "" }],
        links: [{ label: "Site", url: " https://example.org " }],
      }),
    );
    expect(r.start).toBe("2018-09");
    expect(r.end).toBe("2019");
    expect(r.reportYears).toEqual([2018]);
    expect(r.beneficiaries).toEqual([{ count: 1200, unit: "ELEVES", detail: null, audience: null }]);
    expect(r.links[0].url).toBe("https://example.org");
  });

  it("answers in French, field by field", () => {
    const e = errorsOf(
      valid({
        title: "",
        summary: "x".repeat(1001),
        status: "TERMINEE",
        slug: "Pas un slug",
        links: [{ label: "", url: "ftp://x" }],
      }),
    );
    expect(e.title).toBe("Saisissez le titre de l’action.");
    expect(e.summary).toBe("Résumé de l’action\u00A0: 1000 caractères au plus.");
    expect(e.end).toBe("Une action terminée doit avoir une date ou une année de fin.");
    expect(e.slug).toMatch(/lettres minuscules/);
    expect(e["links.0.label"]).toBe("Saisissez l’intitulé du lien.");
    expect(e["links.0.url"]).toMatch(/https:\/\//);
  });

  it("needs exactly one lead campus and no duplicates", () => {
    expect(errorsOf(valid({ campuses: [] })).campuses).toBe("Choisissez au moins un campus porteur.");
    expect(errorsOf(valid({ campuses: [{ campusId: "a", axisId: "", isLead: false }] })).campuses).toMatch(
      /chef de file/,
    );
    expect(
      errorsOf(
        valid({
          campuses: [
            { campusId: "a", axisId: "", isLead: true },
            { campusId: "a", axisId: "", isLead: false },
          ],
        }),
      ).campuses,
    ).toMatch(/qu’une fois/);
    expect(
      errorsOf(
        valid({
          partners: [
            { organisationId: "o", role: "" },
            { organisationId: "o", role: "x" },
          ],
        }),
      ).partners,
    ).toMatch(/deux fois/);
  });
});

describe("diffs of action states", () => {
  const snapshot: ActionSnapshot = {
    title: "Avant",
    slug: "avant",
    summary: "Un résumé assez long.",
    body: "ligne 1\nligne 2",
    source: "",
    status: "PROJETEE",
    start: "2018-09",
    end: null,
    reportYears: [2018],
    audiences: ["COLLEGIENS"],
    publication: "DRAFT",
    campuses: [{ campusId: "c1", axisId: null, isLead: true }],
    beneficiaries: [{ count: 1200, unit: "ELEVES", detail: null, audience: null }],
    partners: [],
    links: [],
    formationIds: [],
    platformIds: [],
  };

  it("round-trips a snapshot through the form values", () => {
    const values = snapshotToFormValues(snapshot);
    expect(values.start).toBe("09/2018");
    expect(sameContent(inputToContent(actionInputSchema.parse(values)), contentOf(snapshot))).toBe(true);
  });

  it("lists the changed fields in French with readable values", () => {
    const names = { ...emptyLookup(), campuses: { c1: "CMQ Territoire Intelligent" } };
    const after = { ...snapshot, title: "Après", status: "EN_COURS" as const, start: "2018-09-20" };
    expect(diffActions(snapshot, after, names)).toEqual([
      { field: "title", label: "Titre", before: "Avant", after: "Après" },
      { field: "status", label: "Statut", before: "Projetée", after: "En cours" },
      { field: "start", label: "Début", before: "septembre 2018", after: "20 septembre 2018" },
    ]);
    const created = diffActions(null, snapshot, names);
    expect(created.find((c) => c.field === "campuses")?.after).toBe(
      "CMQ Territoire Intelligent (chef de file)",
    );
    expect(created.find((c) => c.field === "beneficiaries")?.after).toBe("1\u202f200\u00a0élèves");
  });

  it("compares long texts line by line", () => {
    expect(diffLines("a\nb\nc", "a\nB\nc")).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "B" },
      { kind: "same", text: "c" },
    ]);
  });
});

describe("other back-office schemas", () => {
  it("slugs without accents", () => {
    expect(slugify("Médiation numérique & Énergie — 2018 !")).toBe("mediation-numerique-energie-2018");
    expect(slugify("Œuvre")).toBe("oeuvre");
  });

  it("accounts: a DO needs a campus; passwords of 12 characters; confirmation must match", () => {
    const r = createUserSchema.safeParse({
      name: "A B",
      email: "A@B.FR",
      role: "DO",
      campusId: "",
      password: "",
    });
    expect(r.success ? {} : fieldErrorsOf(r.error)).toEqual({
      campusId: "Choisissez le campus de ce directeur opérationnel.",
    });
    expect(
      createUserSchema.parse({
        name: "A B",
        email: " A@B.FR ",
        role: "COORDINATOR",
        campusId: "",
        password: "",
      }),
    ).toMatchObject({ email: "a@b.fr", password: null });
    const c = changeOwnPasswordSchema.safeParse({
      currentPassword: "x",
      newPassword: "court",
      confirmation: "autre",
    });
    expect(c.success ? {} : fieldErrorsOf(c.error)).toMatchObject({
      newPassword: expect.stringContaining("12 caractères"),
      confirmation: expect.any(String),
    });
  });

  it("funding: end not before start, an amount says per year or in total", () => {
    const r = fundingSchema.safeParse({
      funderId: "f",
      campusId: "",
      platformId: "",
      actionId: "",
      kind: "SUBVENTION",
      amountEuros: "15 000",
      amountBasis: "",
      startYear: "2020",
      endYear: "2018",
      purpose: "Fonctionnement",
    });
    expect(r.success ? {} : fieldErrorsOf(r.error)).toEqual({
      endYear: "L’année de fin ne peut pas précéder l’année de début.",
      amountBasis: "Précisez si le montant est annuel ou total.",
    });
  });

  it("funding and platform: may belong to the whole network, with no campus (as the 2018 report has them)", () => {
    const funding = fundingSchema.safeParse({
      funderId: "f",
      kind: "POSTE",
      startYear: "2018",
      endYear: "2018",
      purpose: "Postes des directeurs opérationnels",
    });
    expect(funding.success && funding.data).toMatchObject({
      campusId: null,
      platformId: null,
      actionId: null,
    });
    const platform = platformSchema.safeParse({ name: "Plateform 3D", description: "" });
    expect(platform.success && platform.data.campusIds).toEqual([]);
  });
});
