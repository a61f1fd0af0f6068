/**
 * Every list, public and back office, in French order: accents, case and
 * punctuation ignored ("Agefos-PME" before "ARDEC METAL", "Délégation" before
 * "DIRECCTE"), the same on PGlite and on a PostgreSQL server (`--db=postgres`).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOrganisationsByKind } from "@/lib/organisations/queries";
import { listOrganisationsForAdmin } from "@/lib/organisations/backoffice-queries";
import { listFormations } from "@/lib/formations/queries";
import { listFormationsForAdmin, listOrganisationChoices } from "@/lib/formations/backoffice-queries";
import { fundingChoices } from "@/lib/fundings/backoffice-queries";
import { getActionFormOptions } from "@/lib/actions/backoffice-queries";
import { listPlatforms } from "@/lib/platforms/queries";
import { compareFrench, storedSortKey } from "@/lib/text/collate";
import { frenchTypography } from "@/lib/text/typography";
import { coordinator } from "./backoffice-support";

/** The report's names, shuffled, plus names written with other capitals and accents. */
const NAMES = [
  "DRAC",
  "Direction régionale de l'alimentation",
  "ARDEC METAL",
  "DIRECCTE",
  "Délégation régionale académique",
  "DRAAF",
  "Agefos-PME",
  "école de la deuxième chance",
  "Ecole Nationale",
  "Éco-Campus",
];
const FRENCH_ORDER = [
  "Agefos-PME",
  "ARDEC METAL",
  "Délégation régionale académique",
  "DIRECCTE",
  "Direction régionale de l'alimentation",
  "DRAAF",
  "DRAC",
  "Éco-Campus",
  "école de la deuxième chance",
  "Ecole Nationale",
];

/**
 * Names that only a faithful key orders right: accents and capitals, hyphens,
 * apostrophes and dashes, digits (compared as text: "10" before "2"),
 * ligatures spelled out (œ as oe, æ as ae, ß as ss), letters with a stroke,
 * an accent typed decomposed, symbols and a character beyond U+FFFF.
 */
const TRICKY = [
  "Zèbre",
  "zebre",
  "ZÈBRE",
  "École",
  "Ecole",
  "ecole",
  "e\u0301cole",
  "Élan",
  "elan",
  "L'Atelier",
  "L’Atelier",
  "l'atelier",
  "Latelier",
  "L Atelier",
  "Saint-Étienne",
  "Saint Etienne",
  "Sainte-Hélène",
  "Lycée Jules-Ferry",
  "Lycée Jules—Ferry",
  "Lycée Jules Ferry",
  "10 Lycée",
  "2 Campus",
  "2e campus",
  "Œuvre d'Orient",
  "oeuvre",
  "Oeil",
  "Ofis",
  "Æsthète",
  "aerien",
  "Afpa",
  "Straße",
  "Strasse",
  "Ørsted",
  "Orsay",
  "Ça marche",
  "Cadre",
  "Naïve",
  "naive",
  "Café ☕",
  "Café 𝄞",
  "Café",
  "À la carte",
  "a la carte",
];

const TITLES = ["Électrotechnique", "ebenisterie", "Energie-Climat", "Éco-conception", "électricité"];
const TITLE_ORDER = ["ebenisterie", "Éco-conception", "électricité", "Électrotechnique", "Energie-Climat"];

/** Ids and slugs of the records this file creates (some names also exist in the report's data). */
const created = new Set<string>();

/** The names of `rows` that this file created, in the order listed. */
const ours = <T>(rows: T[], id: (r: T) => string, name: (r: T) => string) =>
  rows.filter((r) => created.has(id(r))).map(name);

beforeAll(async () => {
  for (const [i, name] of NAMES.entries()) {
    const o = await db.organisation.create({
      data: { key: `ordre-${i}`, slug: `ordre-${i}`, name, kind: "INSTITUTIONNEL", city: "Dijon" },
    });
    created.add(o.id).add(o.slug);
  }
  for (const [i, title] of TITLES.entries()) {
    const f = await db.formation.create({
      data: { key: `ordre-f-${i}`, slug: `ordre-f-${i}`, title, diploma: "BTS", level: 5, state: "OUVERTE" },
    });
    created.add(f.id).add(f.slug);
  }
});

describe("French order", () => {
  it("holds in the expected list itself (the comparator's contract)", () => {
    expect([...NAMES].sort(compareFrench)).toEqual(FRENCH_ORDER);
  });

  it('is the order of the database\'s sort key (cmq_sort_key, COLLATE "C"), name for name', async () => {
    expect([...TRICKY].sort(compareFrench).slice(0, 4)).toEqual([
      "10 Lycée",
      "2 Campus",
      "2e campus",
      "a la carte",
    ]);
    const byDatabase = await db.$queryRaw<{ name: string; key: string }[]>`
      SELECT n AS name, cmq_sort_key(n) AS key FROM unnest(${TRICKY}::text[]) AS n
      ORDER BY cmq_sort_key(n) COLLATE "C"`;
    expect(byDatabase.map((r) => r.name)).toEqual([...TRICKY].sort(compareFrench));
    for (const r of byDatabase) expect(r.key).toBe(storedSortKey(r.name));
  });

  it("is the order of the stored sortKey columns the lists sort by", async () => {
    for (const [i, name] of TRICKY.entries()) {
      await db.organisation.create({
        data: { key: `tri-${i}`, slug: `tri-${i}`, name, kind: "AUTRE", publication: "DRAFT" },
      });
      await db.platform.create({
        data: { key: `tri-p-${i}`, slug: `tri-p-${i}`, name, publication: "DRAFT" },
      });
    }
    const organisations = await db.organisation.findMany({
      where: { key: { startsWith: "tri-" } },
      orderBy: [{ sortKey: "asc" }, { id: "asc" }],
      select: { name: true, sortKey: true },
    });
    expect(organisations.map((o) => o.name)).toEqual([...TRICKY].sort(compareFrench));
    for (const o of organisations) expect(o.sortKey).toBe(storedSortKey(o.name));
    const platforms = await db.platform.findMany({
      where: { key: { startsWith: "tri-p-" } },
      orderBy: [{ sortKey: "asc" }, { id: "asc" }],
      select: { name: true },
    });
    expect(platforms.map((p) => p.name)).toEqual([...TRICKY].sort(compareFrench));
  });

  it("orders the public partner directory, across its pages", async () => {
    const first = await listOrganisationsByKind({ campus: [], kind: [] }, { perPage: 7 });
    expect(first.pageCount).toBeGreaterThan(1);
    const pages = [first];
    for (let page = 2; page <= first.pageCount; page++)
      pages.push(await listOrganisationsByKind({ campus: [], kind: [] }, { page, perPage: 7 }));
    const groups = pages.flatMap((p) => p.groups);
    const all = groups.flatMap((g) => g.organisations);
    expect(all).toHaveLength(first.total);
    // Public reads show the names typeset (l’alimentation); the order is the same.
    expect(
      ours(
        all,
        (o) => o.slug,
        (o) => o.name,
      ),
    ).toEqual(FRENCH_ORDER.map(frenchTypography));
    for (const g of groups) {
      const names = g.organisations.map((o) => o.name);
      expect(names).toEqual([...names].sort(compareFrench));
    }
  });

  it("orders the back office's paginated organisation list across pages", async () => {
    const user = await coordinator();
    const first = await listOrganisationsForAdmin(user, {});
    expect(first.pageCount).toBeGreaterThan(1);
    const rows = [];
    for (let page = 1; page <= first.pageCount; page++)
      rows.push(...(await listOrganisationsForAdmin(user, { page })).rows);
    expect(rows).toHaveLength(first.total);
    expect(
      ours(
        rows,
        (o) => o.id,
        (o) => o.name,
      ),
    ).toEqual(FRENCH_ORDER.map(frenchTypography));
    const published = rows.filter((r) => r.publication === "PUBLISHED").map((r) => r.name);
    expect(published).toEqual([...published].sort(compareFrench));
  });

  it("orders the pickers of the back-office forms", async () => {
    const user = await coordinator();
    expect(
      ours(
        await listOrganisationChoices(user),
        (o) => o.value,
        (o) => o.label,
      ),
    ).toEqual(FRENCH_ORDER.map((n) => `${frenchTypography(n)} (Dijon)`));
    const choices = await fundingChoices(user);
    expect(
      ours(
        choices!.funders,
        (o) => o.value,
        (o) => o.label,
      ),
    ).toEqual(FRENCH_ORDER.map(frenchTypography));
    const options = await getActionFormOptions(user);
    expect(
      ours(
        options.organisations,
        (o) => o.id,
        (o) => o.name,
      ),
    ).toEqual(FRENCH_ORDER);
    expect(
      ours(
        options.formations,
        (f) => f.id,
        (f) => f.title,
      ),
    ).toEqual(TITLE_ORDER);
    const platformNames = options.platforms.map((p) => p.name);
    expect(platformNames).toEqual([...platformNames].sort(compareFrench));
  });

  it("orders the formation catalogue within a level, and the back office's list", async () => {
    const page = await listFormations(
      { campus: [], diploma: [], level: [5], modality: [], state: [] },
      { perPage: 100 },
    );
    expect(
      ours(
        page.items,
        (f) => f.slug,
        (f) => f.title,
      ),
    ).toEqual(TITLE_ORDER);
    const titles = page.items.map((f) => f.title);
    expect(titles).toEqual([...titles].sort(compareFrench));
    const admin = await listFormationsForAdmin(await coordinator(), {});
    expect(
      ours(
        admin,
        (f) => f.id,
        (f) => f.title,
      ),
    ).toEqual(TITLE_ORDER);
    expect(admin.map((f) => f.title)).toEqual(admin.map((f) => f.title).sort(compareFrench));
  });

  it("orders the platforms", async () => {
    const names = (await listPlatforms()).map((p) => p.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort(compareFrench));
  });
});
