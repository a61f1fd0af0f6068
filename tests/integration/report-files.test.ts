/**
 * Published report files (issue 13): built once and stored with their hash,
 * served as stored; concurrent downloads of a file not built yet share one
 * build; reopening removes them, validating builds the region's again; a
 * draft asked for while a rendering runs is refused with a 429.
 */
import { createHash } from "node:crypto";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { isRendering, renderIfIdle } from "@/lib/report/files";
import { reopenEdition, validateEdition } from "@/lib/report/mutations";
import { getPublicReportExport, getReportExport } from "@/lib/report/queries";

async function coordinator(): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { email: "coordination@cmq-bfc.org" } });
  return { id: u.id, email: u.email, name: u.name, role: u.role, campusId: null, campusSlug: null };
}

const sha256 = (body: Uint8Array) => createHash("sha256").update(body).digest("hex");

/** Each entry of a DOCX's table of contents: its text, and the page number written with it (null: left to Word). */
async function contentsEntries(docx: Uint8Array): Promise<{ title: string; page: number | null }[]> {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="TOC\d"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map(
    ([paragraph]) => {
      const [title, page] = paragraph
        .split(/<w:instrText[^>]*>\s*PAGEREF /)
        .map((part) => [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
      return { title, page: page ? Number(page) : null };
    },
  );
}

describe("published report files", () => {
  it("are built once: eight simultaneous downloads of a file not built yet share one build, then it is served as stored", async () => {
    expect(await db.reportFile.count()).toBe(0);
    const downloads = await Promise.all(
      Array.from({ length: 8 }, () => getPublicReportExport({ year: 2018, format: "pdf", campus: "ti" })),
    );
    const rows = await db.reportFile.findMany();
    expect(rows.map((r) => [r.scope, r.format])).toEqual([["ti", "pdf"]]);
    for (const d of downloads) {
      expect(d.ok).toBe(true);
      if (d.ok) expect(d.file.sha256).toBe(rows[0].sha256);
    }
    expect(sha256(new Uint8Array(rows[0].body))).toBe(rows[0].sha256);
    expect(rows[0].size).toBe(rows[0].body.byteLength);

    const again = await getPublicReportExport({ year: 2018, format: "pdf", campus: "ti" });
    expect(again.ok && again.file.createdAt.getTime()).toBe(rows[0].createdAt.getTime());
    expect(await db.reportFile.count()).toBe(1);
  }, 120_000);

  it("go with the validation: reopening removes them, validating stores the region's four formats", async () => {
    const coord = await coordinator();
    expect(
      (await reopenEdition(coord, { year: 2018, reason: "Correction avant renvoi à la Région." })).ok,
    ).toBe(true);
    expect(await db.reportFile.count()).toBe(0);
    expect((await getPublicReportExport({ year: 2018, format: "pdf" })).ok).toBe(false);

    const validated = await validateEdition(coord, { year: 2018 });
    expect(validated).toMatchObject({ ok: true, message: expect.stringContaining("fichiers sont publiés") });
    const rows = await db.reportFile.findMany({ select: { scope: true, format: true } });
    expect(rows.map((r) => `${r.scope}|${r.format}`).sort()).toEqual(["|csv", "|docx", "|md", "|pdf"]);
    const pdf = await getPublicReportExport({ year: 2018, format: "pdf" });
    expect(pdf.ok && new TextDecoder().decode(pdf.file.body.subarray(0, 5))).toBe("%PDF-");

    // The stored DOCX carries its contents' page numbers (LibreOffice shows them without updating
    // fields): one per entry, after the contents' own page, in the order of the document.
    const docx = await getPublicReportExport({ year: 2018, format: "docx" });
    if (!docx.ok) throw new Error("no stored DOCX");
    const entries = await contentsEntries(docx.file.body);
    expect(entries.length).toBeGreaterThan(20);
    expect(entries[0]).toEqual({ title: "Avant-propos", page: expect.any(Number) });
    const pages = entries.map((e) => e.page);
    expect(pages.every((p) => p !== null && p >= 2)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a! - b!));
    expect(pages.at(-1)!).toBeGreaterThan(pages[0]! + 50);
  }, 180_000);

  it("leave a draft to be rendered on demand, one rendering at a time: 429 while another runs", async () => {
    const coord = await coordinator();
    await db.reportEdition.create({ data: { year: 2019 } });
    // A rendering under way in this process (held open for the length of the check).
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const building = renderIfIdle(async () => {
      await held;
      return { body: new Uint8Array(1), contentType: "application/pdf", fileName: "x.pdf" };
    });
    for (let i = 0; i < 100 && !isRendering(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(isRendering()).toBe(true);
    const busy = await getReportExport(coord, { year: 2019, format: "pdf" });
    expect(busy).toEqual({
      ok: false,
      status: 429,
      message: expect.stringContaining("Une génération est déjà en cours"),
    });
    finish();
    expect(await building).not.toBeNull();
    const draft = await getReportExport(coord, { year: 2019, format: "md" });
    expect(draft.ok).toBe(true);
    // A draft's DOCX lists its contents and leaves their page numbers to Word (fields updated on opening).
    const draftDocx = await getReportExport(coord, { year: 2019, format: "docx" });
    if (!draftDocx.ok) throw new Error("no draft DOCX");
    const entries = await contentsEntries(draftDocx.file.body);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.page === null)).toBe(true);
    expect(await db.reportFile.count({ where: { edition: { year: 2019 } } })).toBe(0);
  }, 120_000);
});
