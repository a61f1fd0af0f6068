/**
 * Hostile input against the real database: LIKE wildcards taken literally
 * (a name `%zqx%` matches no other name, a trailing `\` breaks nothing),
 * control characters refused with a French message naming the field, and
 * property-based runs (fast-check) over every /api/v1 collection and its
 * parameters and over the schemas of the server actions: never a 500, never
 * an exception, never markup sent back unescaped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { respondList } from "@/lib/opendata/api";
import { COLLECTION_NAMES } from "@/lib/opendata/collections";
import { previewImport } from "@/lib/imports/import";
import { createOrganisation } from "@/lib/organisations/mutations";
import { organisationSchema } from "@/lib/organisations/schema";
import { formationSchema } from "@/lib/formations/schema";
import { platformSchema } from "@/lib/platforms/schema";
import { campusSchema } from "@/lib/campuses/schema";
import { fundingSchema } from "@/lib/fundings/schema";
import { meetingSchema } from "@/lib/governance/schema";
import { actionInputSchema } from "@/lib/actions/schema";
import type { Site } from "@/lib/site/links";
import { coordinator } from "./backoffice-support";

const site: Site = { protocol: "https", hubHost: "cmq-bfc.org", hostCampus: null };
const MARK = `hostile${Date.now().toString(36)}`;

const list = (collection: (typeof COLLECTION_NAMES)[number], query: string) =>
  respondList(new Request(`https://cmq-bfc.org/api/v1/${collection}?${query}`), collection, site);

const organisation = (name: string) => ({
  name,
  acronym: "",
  kind: "ENTREPRISE",
  website: "",
  city: "",
  departement: "",
  description: "",
  slug: "",
});

/** Texts an attacker tries: wildcards, escapes, control characters, markup, very long. */
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom("%", "_", "\\", "\u0000", "\u001b", "'", '"', "<", ">", "&", "a", " "),
    maxLength: 30,
  }),
  fc.constantFrom(
    "\\",
    "%",
    "_",
    "%00",
    "\u0000",
    "<script>alert(1)</script>",
    '=HYPERLINK("x")',
    "a".repeat(600),
  ),
);

describe("LIKE wildcards are literal", () => {
  it("a partner named %zqx% matches no other name; names compare exactly, case-insensitively", async () => {
    const coord = await coordinator();
    const other = await createOrganisation(coord, organisation(`Atelier zqx ${MARK}`));
    expect(other.ok).toBe(true);
    // Was refused as a duplicate of the name above (ILIKE '%zqx%…').
    expect(await createOrganisation(coord, organisation(`%zqx ${MARK}%`))).toMatchObject({ ok: true });
    expect(await createOrganisation(coord, organisation(`Atelier_zqx ${MARK}`))).toMatchObject({ ok: true });
    // The same name in other letter cases is still a duplicate.
    const duplicate = await createOrganisation(coord, organisation(`ATELIER ZQX ${MARK.toUpperCase()}`));
    expect(duplicate).toMatchObject({ ok: false, reason: "invalid" });
    expect(JSON.stringify(duplicate)).toContain("porte déjà ce nom");
  });

  it("answers a commune or a search ending with a backslash, or made of wildcards, without an error", async () => {
    for (const query of ["commune=%5C", "commune=%25", "commune=_", "q=%5C", "q=%25_%25"]) {
      const response = await list("formations", query);
      expect(response.status, query).toBe(200);
    }
    const all = await list("formations", "limit=100");
    const wildcard = await list("formations", "commune=%25");
    expect(((await wildcard.json()) as { data: unknown[] }).data).toHaveLength(0);
    expect(((await all.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
  });
});

describe("control characters", () => {
  it("are refused in a form field with a French message naming the field; line breaks stay in long texts", async () => {
    const parsed = organisationSchema.safeParse({
      ...organisation("Nom\u0000caché"),
      description: "Ligne 1\nLigne 2",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].path).toEqual(["name"]);
    expect(parsed.error!.issues[0].message).toMatch(/^Nom de l’organisation\u00A0: .*caractère de contrôle/);
    const multiline = formationSchema.safeParse({
      title: "BTS Électrotechnique",
      diploma: "BTS",
      level: "5",
      modalities: [],
      establishmentId: "",
      commune: "",
      departement: "",
      rncp: "",
      cfd: "",
      state: "OUVERTE",
      description: "Première ligne\n\tdeuxième ligne",
      campusIds: ["x"],
      slug: "",
    });
    expect(multiline.success).toBe(true);
    const coord = await coordinator();
    const refused = await createOrganisation(coord, organisation(`Nul\u0000 ${MARK}`));
    expect(refused).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("in a CSV import, refuse their line with its number and keep the valid lines", async () => {
    const coord = await coordinator();
    const csv = `nom;type;commune\r\nValide un ${MARK};Entreprise;Dijon\r\nNul\u0000 ${MARK};Entreprise;Dijon\r\nValide deux ${MARK};Entreprise;Besançon\r\n`;
    const result = await previewImport(coord, "organisations", csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { preview } = result;
    expect(preview.valid.map((r) => r.line)).toEqual([2, 4]);
    const refused = preview.rows.find((r) => r.line === 3)!;
    expect(refused.errors.join(" ")).toMatch(/Nom de l’organisation\u00A0: .*caractère de contrôle/);
  });

  it("answer 400 with a French problem on /api/v1 (NUL in q, commune)", async () => {
    for (const query of ["q=%00", "commune=a%00b", "q=%1B"]) {
      const response = await list("formations", query);
      expect(response.status, query).toBe(400);
      expect(await response.text()).toContain("caractère de contrôle");
    }
  });
});

describe("property-based: no 500, no exception, no markup back", () => {
  it("every /api/v1 collection and parameter, with hostile values", { timeout: 120_000 }, async () => {
    const parameter = fc.constantFrom(
      "q",
      "campus",
      "commune",
      "departement",
      "diploma",
      "level",
      "modality",
      "state",
      "status",
      "year",
      "kind",
      "cursor",
      "limit",
      "format",
      "establishment",
      "sector",
      "audience",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COLLECTION_NAMES),
        fc.array(fc.tuple(parameter, hostileText), { minLength: 1, maxLength: 3 }),
        async (collection, params) => {
          const query = new URLSearchParams(params).toString();
          const response = await list(collection, query);
          expect(response.status, `${collection}?${query}`).toBeLessThan(500);
          const body = await response.text();
          expect(body).not.toContain("<script>");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("every server-action schema parses anything without throwing", () => {
    const schemas = [
      organisationSchema,
      formationSchema,
      platformSchema,
      campusSchema,
      fundingSchema,
      meetingSchema,
      actionInputSchema,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...schemas),
        fc.dictionary(
          fc.string({ maxLength: 12 }),
          fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 })),
        ),
        (schema, fields) => {
          const parsed = schema.safeParse(fields);
          if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.message).toBeTruthy();
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a text with a control character never gets through a schema", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0085"),
        fc.string({ maxLength: 20 }),
        (before, control, after) => {
          const parsed = organisationSchema.safeParse(organisation(`Nom ${before}${control}${after}`));
          expect(parsed.success).toBe(false);
        },
      ),
    );
  });
});

describe("stored markup", () => {
  it("an organisation named with markup is sent back as JSON text, never as markup", async () => {
    const coord = await coordinator();
    const name = `<img src=x onerror=alert(1)> ${MARK}`;
    const saved = await createOrganisation(coord, organisation(name));
    expect(saved.ok).toBe(true);
    const row = await db.organisation.findFirst({ where: { name }, select: { name: true } });
    expect(row?.name).toBe(name);
    const response = await list("partners", `q=${encodeURIComponent(MARK)}`);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("content-type")).toContain("application/json");
  });
});
