import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/content/seed";
import { parseCampusAnnexes } from "@/lib/report/annexes";

const TI_ANNEXE_I: Record<string, "EN_COURS" | "PROJETEE" | "TERMINEE"> = {
  "Club Energie Dijon Métropole": "EN_COURS",
  "Salon Get-Smart": "EN_COURS",
  "Support de communication collégiens": "EN_COURS",
  "Club Bâtiment Dijon Métropole": "EN_COURS",
  "Club Numérique Dijon Métropole": "EN_COURS",
  "Le compteur Linky et les Smart-Grids": "EN_COURS",
  "Collège Rameau – expérimentation Parcours AVENIR": "EN_COURS",
  "Licence CNAM Energie et Développement Durable": "PROJETEE",
  "BTS Enveloppe du Bâtiment": "PROJETEE",
  "LEE Schneider Electric": "PROJETEE",
  "Appel à Projet Horizon 2020": "PROJETEE",
  "Appel d'offre PRIC BFC": "PROJETEE",
  "Don en nature": "TERMINEE",
  "Projet semaine professionnelle": "TERMINEE",
  "#BIMARCSDOR": "TERMINEE",
  "Journée de rencontre entre Pro de la construction et Lycéens": "TERMINEE",
  "BATISSIEL - Exposition « Territoire intelligent »": "TERMINEE",
};

describe("seeded content of the 2018 report", () => {
  it("has the six campuses with their label years", async () => {
    const campuses = await db.campus.findMany({
      orderBy: { position: "asc" },
      select: { slug: true, labelYear: true, email: true },
    });
    expect(campuses.map((c) => c.slug)).toEqual(["agt", "amf", "itip", "mma", "msi", "ti"]);
    expect(Object.fromEntries(campuses.map((c) => [c.slug, c.labelYear]))).toEqual({
      agt: 2017,
      amf: 2016,
      itip: 2017,
      mma: 2017,
      msi: 2017,
      ti: 2017,
    });
    for (const c of campuses) expect(c.email).toBe(`${c.slug}@cmq-bfc.org`);
  });

  it("has the 13 plateformes technologiques", async () => {
    expect(await db.platform.count()).toBe(13);
    const npmf = await db.platform.findUniqueOrThrow({
      where: { key: "npmf" },
      include: { campuses: { include: { campus: true } } },
    });
    expect(npmf.isLabelled).toBe(false);
    expect(npmf.campuses.map((c) => c.campus.slug)).toEqual(["amf"]);
  });

  it("has the 17 actions of TI's Annexe I with their statuses", async () => {
    const titles = Object.keys(TI_ANNEXE_I);
    const actions = await db.action.findMany({
      where: { title: { in: titles }, campuses: { some: { campus: { slug: "ti" } } } },
      select: { title: true, status: true, publication: true },
    });
    expect(Object.fromEntries(actions.map((a) => [a.title, a.status]))).toEqual(TI_ANNEXE_I);
    expect(actions.every((a) => a.publication === "PUBLISHED")).toBe(true);
  });

  it("has AGT's conseil de perfectionnement (Annexe B) in its three colleges", async () => {
    const members = await db.campusOrganisation.findMany({
      where: { campus: { slug: "agt" }, roles: { has: "CONSEIL_PERFECTIONNEMENT" } },
      include: { organisation: { select: { name: true } } },
    });
    const colleges = new Set(members.map((m) => m.councilCollege));
    expect(colleges).toEqual(new Set(["FORMATION", "BRANCHES_PROFESSIONNELLES", "INSTITUTIONNELS"]));
    // Annexe B lists 33 lines: 13 in "Formation", 11 in "Branches professionnelles" and 9 in
    // "Institutionnels", where the Conseil Régional (direction des lycées, direction du tourisme)
    // and the Direccte Région (chargé de filière agroalimentaire, chargé de filière tourisme)
    // each appear twice: 31 distinct organisations, one campus-organisation link each.
    const byCollege = (college: string) => members.filter((m) => m.councilCollege === college).length;
    expect(byCollege("FORMATION")).toBe(13);
    expect(byCollege("BRANCHES_PROFESSIONNELLES")).toBe(11);
    expect(byCollege("INSTITUTIONNELS")).toBe(7);
    expect(members).toHaveLength(31);
    const names = members.map((m) => m.organisation.name);
    expect(names).toContain("Plateforme technologique Innov@lim");
    const joined = names.join(" | ");
    for (const expected of [
      "OPCALIM",
      "Vitagora",
      "Lycée Le Castel",
      "Burgundy School of Business",
      "DRAAF",
    ]) {
      expect(joined).toContain(expected);
    }
  });

  it("has the co-owned ESPE action of MSI and MMA with its 28 beneficiaries", async () => {
    const espe = await db.action.findFirstOrThrow({
      where: { title: { contains: "ESPE" }, campuses: { some: { campus: { slug: "mma" } } } },
      include: { campuses: { include: { campus: true } }, beneficiaries: true },
    });
    expect(espe.campuses.map((c) => c.campus.slug).sort()).toEqual(["mma", "msi"]);
    expect(espe.beneficiaries.reduce((n, b) => n + b.count, 0)).toBe(28);
  });

  it("records the regional funding facts of chapter 2.1", async () => {
    const region = await db.funding.findMany({
      where: { funder: { key: "region-bfc" } },
      include: { campus: true },
    });
    expect(region.map((f) => f.campus?.slug).sort()).toEqual(["agt", "amf", "itip", "mma", "msi", "ti"]);
    for (const f of region) expect([f.amountEuros, f.startYear, f.endYear]).toEqual([15000, 2018, 2020]);
    const pma = await db.funding.findMany({
      where: { funder: { key: "pma" } },
      orderBy: { startYear: "asc" },
    });
    expect(pma.map((f) => [f.startYear, f.amountEuros])).toEqual([
      [2017, 30000],
      [2018, 15000],
    ]);
  });

  it("has AGT's objectives tree (annexe A of 2018) and the ESPE survey figures (annexe F) as campus annexes", async () => {
    const annexesOf = async (slug: string) =>
      parseCampusAnnexes(
        (await db.campusReport.findFirstOrThrow({ where: { year: 2018, campus: { slug } } })).annexes,
      );
    const [agt] = await annexesOf("agt");
    if (agt?.kind !== "objectives") throw new Error("AGT's annex is not its objectives tree");
    expect(agt.strategic.map((s) => s.title)).toEqual([
      "Lancement et pilotage du Campus",
      "Anticiper l’impact des mutations techniques et réglementaires sur l’évolution des compétences",
      "Faire évoluer les représentations pour renforcer l’attractivité des métiers",
      "Contribuer à l’évolution de l’offre de formation et sécuriser la poursuite de parcours de formation",
      "Développer les mobilités à l’international des jeunes",
      "Animer les relations entre les communautés éducatives/formatives et le monde professionnel",
      "Promotion du CMQ relation et communication interinstitutionnelle",
    ]);
    expect(agt.strategic.map((s) => s.operational.length)).toEqual([3, 3, 3, 2, 2, 2, 3]);
    const mobility = agt.strategic[4].operational[1];
    expect(mobility.title).toBe("Construire un projet de mobilité avec les établissements");
    expect(mobility.indicators).toHaveLength(5);

    const [survey] = await annexesOf("msi");
    if (survey?.kind !== "survey") throw new Error("MSI's annex is not the ESPE survey");
    expect(survey.questions).toHaveLength(6);
    expect(survey.answers).toEqual(["OUI", "NON"]);
    expect(survey.results).toEqual([
      [70, 30],
      [89, 11],
      [61, 39],
      [83, 17],
      [66, 33],
    ]);
    for (const slug of ["amf", "itip", "mma", "ti"]) expect(await annexesOf(slug)).toEqual([]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await db.action.findMany({
      select: { id: true, version: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    const result = await seedDatabase({ db, demoUsers: true });
    const totals = Object.values(result.counts).reduce(
      (acc, c) => ({ created: acc.created + c.created, updated: acc.updated + c.updated }),
      { created: 0, updated: 0 },
    );
    expect(totals).toEqual({ created: 0, updated: 0 });
    const after = await db.action.findMany({
      select: { id: true, version: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
  });
});
