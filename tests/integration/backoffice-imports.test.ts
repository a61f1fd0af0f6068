import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyImportBatch, previewImport } from "@/lib/imports/import";
import { coordinator, doOf } from "./backoffice-support";

const FORMATIONS = [
  "cle;intitule;diplome;niveau;modalites;etablissement;commune;departement;etat;campus",
  "bts-ciel-dijon;BTS Cybersécurité, informatique et réseaux;BTS;5;Voie scolaire|Apprentissage;;Dijon;21;Ouverte;ti",
  ";Bac pro Métiers de l'électricité;Bac pro;4;Voie scolaire;;Beaune;21;En projet;ti|msi",
  "ligne-fausse;;Doctorat;9;Par correspondance;Inconnu SA;Dole;99;Fermée;zz",
].join("\n");

describe("CSV import of formations", () => {
  it("previews every row with its errors and writes nothing", async () => {
    const coord = await coordinator();
    const before = await db.formation.count();
    const result = await previewImport(coord, "formations", FORMATIONS);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { preview } = result;
    expect(preview.total).toBe(3);
    expect(preview.valid.map((r) => r.key)).toEqual([
      "bts-ciel-dijon",
      "bac-pro-metiers-de-l-electricite-beaune",
    ]);
    expect(preview.rows.map((r) => r.operation)).toEqual(["create", "create", "error"]);
    const bad = preview.rows[2];
    expect(bad.line).toBe(4);
    expect(bad.errors).toEqual(
      expect.arrayContaining([
        "Diplôme inconnu\u00A0: «\u202FDoctorat\u202F».",
        "Modalité inconnue\u00A0: «\u202FPar correspondance\u202F».",
        "État inconnu\u00A0: «\u202FFermée\u202F» (Ouverte ou En projet).",
        "Campus inconnu\u00A0: «\u202Fzz\u202F».",
        "Établissement absent de l’annuaire\u00A0: «\u202FInconnu SA\u202F».",
        "Saisissez l’intitulé de la formation.",
      ]),
    );
    expect(await db.formation.count()).toBe(before);
  });

  it("writes the confirmed rows, re-validating them, and updates by key on a second import", async () => {
    const coord = await coordinator();
    const result = await previewImport(coord, "formations", FORMATIONS);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const forged = {
      line: 9,
      key: "forgee",
      values: { title: "", diploma: "BTS", campusIds: ["n-importe-quoi"] },
    };
    const applied = await applyImportBatch(coord, "formations", [...result.preview.valid, forged]);
    expect(applied).toMatchObject({ ok: true, created: 2, updated: 0, failed: [{ line: 9 }] });
    const created = await db.formation.findUniqueOrThrow({
      where: { key: "bac-pro-metiers-de-l-electricite-beaune" },
      include: { campuses: { include: { campus: true } } },
    });
    expect(created).toMatchObject({
      diploma: "BAC_PRO",
      level: 4,
      state: "EN_PROJET",
      publication: "PUBLISHED",
    });
    expect(created.campuses.map((c) => c.campus.slug).sort()).toEqual(["msi", "ti"]);

    const again = await previewImport(coord, "formations", FORMATIONS.replace("Dijon;21", "Chenôve;21"));
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(again.preview.rows[0].operation).toBe("update");
    expect(await applyImportBatch(coord, "formations", again.preview.valid)).toMatchObject({
      ok: true,
      created: 0,
      updated: 2,
    });
    expect((await db.formation.findUniqueOrThrow({ where: { key: "bts-ciel-dijon" } })).commune).toBe(
      "Chenôve",
    );
    expect(await db.auditLog.count({ where: { entityType: "import" } })).toBe(2);
  });

  it("explains a file without the required columns", async () => {
    const result = await previewImport(await coordinator(), "formations", "nom;ville\nx;y\n");
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: {
        _form: expect.stringContaining("Colonnes obligatoires absentes\u00A0: intitule, diplome, campus"),
      },
    });
  });
});

describe("CSV import of organisations", () => {
  it("imports organisations, flags duplicates within the file", async () => {
    const coord = await coordinator();
    const csv =
      'nom,sigle,type,site,commune,departement\n"Atelier Bois & Cie",ABC,Entreprise,https://example.org,Vesoul,70\n"Atelier Bois & Cie",,Entreprise,,,\nSans type,,,,,\n';
    const result = await previewImport(coord, "organisations", csv);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.preview.rows.map((r) => r.operation)).toEqual(["create", "error", "error"]);
    expect(result.preview.rows[1].errors).toContain(
      "Même clé que la ligne 2 («\u202Fatelier-bois-cie\u202F»).",
    );
    expect(result.preview.rows[2].errors).toContain("Choisissez le type d’organisation.");
    expect(await applyImportBatch(coord, "organisations", result.preview.valid)).toMatchObject({
      ok: true,
      created: 1,
    });
    expect(await db.organisation.findUniqueOrThrow({ where: { key: "atelier-bois-cie" } })).toMatchObject({
      acronym: "ABC",
      kind: "ENTREPRISE",
      departement: "70",
    });
  });

  it("is refused to a DO, preview and write alike", async () => {
    const ti = await doOf("ti");
    expect(await previewImport(ti, "organisations", "nom;type\nx;Entreprise\n")).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect(
      await applyImportBatch(ti, "organisations", [
        { line: 2, key: "x", values: { name: "xx", kind: "ENTREPRISE" } },
      ]),
    ).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await db.organisation.findUnique({ where: { key: "x" } })).toBeNull();
  });
});
