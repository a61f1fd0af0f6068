/**
 * Uploaded files (lib/media): the type is read from the bytes, the size is
 * limited, images are re-encoded without their metadata and copied at each
 * responsive width, alternative text is required, and only the users who
 * manage the owner may attach or delete. A refusal stores nothing.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { db } from "@/lib/db";
import { deleteMedia, uploadMedia } from "@/lib/media/mutations";
import { listOwnerMedia } from "@/lib/media/backoffice-queries";
import { getLogos, getPublicActionMedia } from "@/lib/media/queries";
import { findServedFile } from "@/lib/media/serve";
import { MAX_UPLOAD_BYTES, MEDIA_MESSAGES, sniffMediaType } from "@/lib/media/rules";
import type { SessionUser } from "@/lib/auth/types";
import { assembleReport } from "@/lib/report/assemble";
import { renderReport } from "@/lib/report/export";
import JSZip from "jszip";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { campusIdOf, coordinator, doOf } from "./backoffice-support";

/** A photo as a phone takes it: EXIF with the camera, the author and the place. */
async function photo(width = 1800, height = 1200): Promise<Uint8Array> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Artist: "Auteur Secret" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "47/1 19/1 0/1" },
    })
    .toBuffer()
    .then((b) => new Uint8Array(b));
}

const logoPng = () =>
  sharp({ create: { width: 400, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));

const pdf = () => new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"));

/**
 * A published action of this campus alone, always the same one: a DO manages
 * every action their campus takes part in, and PostgreSQL returns unordered
 * rows in whatever order earlier updates left them.
 */
async function actionOf(slug: "ti" | "amf") {
  const campusId = await campusIdOf(slug);
  return db.action.findFirstOrThrow({
    where: {
      publication: "PUBLISHED",
      campuses: { some: { campusId, isLead: true }, every: { campusId } },
    },
    orderBy: { slug: "asc" },
    select: { id: true },
  });
}

const imageFields = (actionId: string, altText = "Des collégiens devant un robot") => ({
  ownerKind: "ACTION",
  ownerId: actionId,
  role: "IMAGE",
  altText,
});

const mediaCount = () => db.media.count();

/** The logos the report's cover shows: every campus's, the Région's and the Région académique's. */
async function coverLogoCount(): Promise<number> {
  const organisations = await db.organisation.findMany({
    where: { key: { in: ["region-bfc", "rectorat-region-academique"] } },
    select: { id: true },
  });
  return db.media.count({
    where: {
      role: "LOGO",
      deletedAt: null,
      OR: [
        { ownerKind: "CAMPUS" },
        { ownerKind: "ORGANISATION", ownerId: { in: organisations.map((o) => o.id) } },
      ],
    },
  });
}
const noUser = async (): Promise<SessionUser | null> => null;

describe("the type of a file is read from its bytes", () => {
  it("knows JPEG, PNG, WebP and PDF, and nothing else", async () => {
    expect(sniffMediaType(await photo(10, 10))).toBe("image/jpeg");
    expect(sniffMediaType(await logoPng())).toBe("image/png");
    const webp = new Uint8Array(
      await sharp(await photo(10, 10))
        .webp()
        .toBuffer(),
    );
    expect(sniffMediaType(webp)).toBe("image/webp");
    expect(sniffMediaType(pdf())).toBe("application/pdf");
    expect(sniffMediaType(new Uint8Array(readFileSync("/bin/true")))).toBeNull();
    expect(
      sniffMediaType(new Uint8Array(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))),
    ).toBeNull();
    expect(sniffMediaType(new Uint8Array(Buffer.from("<html><script>alert(1)</script>")))).toBeNull();
  });
});

describe("a DO adds an image to an action of their campus", () => {
  it("stores it re-encoded without metadata, at each responsive width, and shows it once published", async () => {
    const ti = await doOf("ti");
    const action = await actionOf("ti");
    const original = await photo();
    const saved = await uploadMedia(ti, imageFields(action.id), original);
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;

    const media = await db.media.findUniqueOrThrow({ where: { id: saved.id }, include: { variants: true } });
    expect(media).toMatchObject({
      contentType: "image/jpeg",
      width: 1800,
      height: 1200,
      altText: "Des collégiens devant un robot",
      isDecorative: false,
      createdById: ti.id,
    });
    expect(media.byteSize).toBe(media.bytes.byteLength);
    expect(media.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(media.variants.map((v) => v.width).sort((a, b) => a - b)).toEqual([320, 640, 1024, 1600]);
    for (const stored of [media.bytes, ...media.variants.map((v) => v.bytes)]) {
      const meta = await sharp(stored).metadata();
      expect(meta.exif).toBeUndefined();
      expect(Buffer.from(stored).includes("Auteur Secret")).toBe(false);
      expect(Buffer.from(stored).includes("TestCam")).toBe(false);
    }

    const shown = await getPublicActionMedia(action.id);
    expect(shown.images).toEqual([
      {
        id: saved.id,
        contentType: "image/jpeg",
        width: 1800,
        height: 1200,
        alt: "Des collégiens devant un robot",
        widths: [320, 640, 1024, 1600, 1800],
      },
    ]);
    const served = await findServedFile(saved.id, "640.jpg", noUser);
    expect(served).toMatchObject({ contentType: "image/jpeg", isPublic: true, isImage: true });
    expect((await sharp(served!.bytes).metadata()).width).toBe(640);
    expect(await findServedFile(saved.id, "641.jpg", noUser)).toBeNull();
    expect(await findServedFile(saved.id, "640.png", noUser)).toBeNull();
    expect(await findServedFile(saved.id, "document.pdf", noUser)).toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "media", entityId: saved.id } });
    expect(audit).toMatchObject({ operation: "upload", userId: ti.id, campusId: ti.campusId });
    expect(JSON.stringify(audit.after)).not.toContain("bytes");
  });

  it("caps the stored size of a very wide image and keeps a small one as it is", async () => {
    const ti = await doOf("ti");
    const action = await actionOf("ti");
    const wide = await uploadMedia(ti, imageFields(action.id), await photo(3000, 1000));
    const small = await uploadMedia(ti, imageFields(action.id), await photo(500, 300));
    expect(wide.ok && small.ok).toBe(true);
    if (!wide.ok || !small.ok) return;
    const w = await db.media.findUniqueOrThrow({ where: { id: wide.id }, include: { variants: true } });
    expect([w.width, w.height]).toEqual([2000, 667]);
    const s = await db.media.findUniqueOrThrow({ where: { id: small.id }, include: { variants: true } });
    expect([s.width, s.height, s.variants.map((v) => v.width)]).toEqual([500, 300, [320]]);
  });

  it("accepts a decorative image without alternative text, and a PDF with its title", async () => {
    const ti = await doOf("ti");
    const action = await actionOf("ti");
    const decorative = await uploadMedia(
      ti,
      { ...imageFields(action.id, ""), isDecorative: "on" },
      await photo(400, 300),
    );
    expect(decorative).toMatchObject({ ok: true });
    const doc = await uploadMedia(
      ti,
      { ownerKind: "ACTION", ownerId: action.id, role: "ATTACHMENT", title: "Programme de la journée" },
      pdf(),
    );
    expect(doc).toMatchObject({ ok: true });
    if (!doc.ok) return;
    const shown = await getPublicActionMedia(action.id);
    expect(shown.attachments).toContainEqual({ id: doc.id, title: "Programme de la journée", byteSize: 50 });
    const served = await findServedFile(doc.id, "document.pdf", noUser);
    expect(served).toMatchObject({ contentType: "application/pdf", isImage: false });
    expect(Buffer.from(served!.bytes).toString("latin1")).toContain("%PDF-1.4");
  });
});

describe("a refused upload stores nothing and says why in French", () => {
  it("refuses a renamed executable, an oversized file, a missing alternative text, a PDF as an image", async () => {
    const ti = await doOf("ti");
    const action = await actionOf("ti");
    const before = await mediaCount();
    const audits = await db.auditLog.count();

    const executable = await uploadMedia(
      ti,
      imageFields(action.id),
      new Uint8Array(readFileSync("/bin/true")),
    );
    expect(executable).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { file: MEDIA_MESSAGES.notImage },
    });

    const huge = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const oversized = await uploadMedia(ti, imageFields(action.id), huge);
    expect(oversized).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { file: MEDIA_MESSAGES.tooLarge },
    });
    expect(MEDIA_MESSAGES.tooLarge).toContain("10\u00a0Mo");

    const noAlt = await uploadMedia(ti, imageFields(action.id, "   "), await photo(400, 300));
    expect(noAlt).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { altText: MEDIA_MESSAGES.missingAlt },
    });

    const pdfAsImage = await uploadMedia(ti, imageFields(action.id), pdf());
    expect(pdfAsImage).toMatchObject({ fieldErrors: { file: MEDIA_MESSAGES.notImage } });

    const imageAsDocument = await uploadMedia(
      ti,
      { ownerKind: "ACTION", ownerId: action.id, role: "ATTACHMENT", title: "Affiche" },
      await photo(100, 100),
    );
    expect(imageAsDocument).toMatchObject({ fieldErrors: { file: MEDIA_MESSAGES.notPdf } });

    const untitled = await uploadMedia(
      ti,
      { ownerKind: "ACTION", ownerId: action.id, role: "ATTACHMENT" },
      pdf(),
    );
    expect(untitled).toMatchObject({ fieldErrors: { title: MEDIA_MESSAGES.missingTitle } });

    const truncated = (await photo(800, 600)).slice(0, 200);
    const broken = await uploadMedia(ti, imageFields(action.id), truncated);
    expect(broken).toMatchObject({ fieldErrors: { file: MEDIA_MESSAGES.unreadableImage } });

    const missing = await uploadMedia(ti, imageFields(action.id), null);
    expect(missing).toMatchObject({ fieldErrors: { file: MEDIA_MESSAGES.missingFile } });

    expect(await mediaCount()).toBe(before);
    expect(await db.auditLog.count()).toBe(audits);
  });
});

describe("who may attach and delete", () => {
  it("refuses a DO of another campus by every door, and changes nothing", async () => {
    const amf = await doOf("amf");
    const ti = await doOf("ti");
    const action = await actionOf("ti");
    const before = await mediaCount();
    expect(await uploadMedia(amf, imageFields(action.id), await photo(400, 300))).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await listOwnerMedia(amf, "ACTION", action.id)).toBeNull();
    expect(await mediaCount()).toBe(before);

    const saved = await uploadMedia(ti, imageFields(action.id), await photo(400, 300));
    if (!saved.ok) throw new Error("upload refused");
    expect(await deleteMedia(amf, saved.id)).toEqual({ ok: false, reason: "not_found" });
    expect((await db.media.findUniqueOrThrow({ where: { id: saved.id } })).deletedAt).toBeNull();

    // Logos are the coordinator's.
    const campusId = await campusIdOf("ti");
    const logo = { ownerKind: "CAMPUS", ownerId: campusId, role: "LOGO", altText: "Logo du campus" };
    expect(await uploadMedia(ti, logo, await logoPng())).toEqual({ ok: false, reason: "forbidden" });
    // A role that does not fit the owner.
    expect(await uploadMedia(ti, { ...imageFields(action.id), role: "LOGO" }, await logoPng())).toMatchObject(
      {
        ok: false,
        reason: "invalid",
      },
    );
    expect(await mediaCount()).toBe(before + 1);
  });

  it("the coordinator attaches to any action and uploads logos; a new logo replaces the old one", async () => {
    const coord = await coordinator();
    const action = await actionOf("amf");
    expect(await uploadMedia(coord, imageFields(action.id), await photo(400, 300))).toMatchObject({
      ok: true,
    });

    const campusId = await campusIdOf("ti");
    const logo = { ownerKind: "CAMPUS", ownerId: campusId, role: "LOGO", altText: "Logo du CMQ TI" };
    const first = await uploadMedia(coord, logo, await logoPng());
    const second = await uploadMedia(coord, logo, await logoPng());
    if (!first.ok || !second.ok) throw new Error("logo refused");
    const stored = await db.media.findUniqueOrThrow({ where: { id: second.id } });
    expect(stored.contentType).toBe("image/png");
    expect((await db.media.findUniqueOrThrow({ where: { id: first.id } })).deletedAt).not.toBeNull();
    expect(Object.keys(await getLogos("CAMPUS", [campusId]))).toEqual([campusId]);
    expect((await getLogos("CAMPUS", [campusId]))[campusId].id).toBe(second.id);

    const org = await db.organisation.findFirstOrThrow({ where: { key: "region-bfc" } });
    const orgLogo = await uploadMedia(
      coord,
      { ownerKind: "ORGANISATION", ownerId: org.id, role: "LOGO", altText: "Région Bourgogne-Franche-Comté" },
      await logoPng(),
    );
    expect(orgLogo).toMatchObject({ ok: true });
    expect(Object.keys(await getLogos("ORGANISATION", [org.id]))).toEqual([org.id]);
  });

  it("a deleted file is soft-deleted: kept, no longer listed, shown nor served", async () => {
    const ti = await doOf("ti");
    const action = await actionOf("ti");
    const saved = await uploadMedia(ti, imageFields(action.id), await photo(400, 300));
    if (!saved.ok) throw new Error("upload refused");
    expect(await deleteMedia(ti, saved.id)).toEqual({ ok: true, id: saved.id });
    expect((await db.media.findUniqueOrThrow({ where: { id: saved.id } })).deletedAt).not.toBeNull();
    expect((await listOwnerMedia(ti, "ACTION", action.id))!.map((m) => m.id)).not.toContain(saved.id);
    expect((await getPublicActionMedia(action.id)).images.map((i) => i.id)).not.toContain(saved.id);
    expect(await findServedFile(saved.id, "400.jpg", noUser)).toBeNull();
    expect(await deleteMedia(ti, saved.id)).toEqual({ ok: false, reason: "not_found" });
  });

  it("files of a draft are served only to the users who manage it, never cached", async () => {
    const ti = await doOf("ti");
    const amf = await doOf("amf");
    const action = await actionOf("ti");
    const saved = await uploadMedia(ti, imageFields(action.id), await photo(400, 300));
    if (!saved.ok) throw new Error("upload refused");
    await db.action.update({ where: { id: action.id }, data: { publication: "DRAFT" } });
    expect(await findServedFile(saved.id, "400.jpg", noUser)).toBeNull();
    expect(await findServedFile(saved.id, "400.jpg", async () => amf)).toBeNull();
    expect(await findServedFile(saved.id, "400.jpg", async () => ti)).toMatchObject({ isPublic: false });
    expect(await getPublicActionMedia(action.id)).toEqual({ images: [], attachments: [] });
  });
});

describe("the report exports show an action's first image", () => {
  it("embeds it in the PDF and the DOCX, described by its alternative text", async () => {
    const ti = await doOf("ti");
    const action = await db.action.findFirstOrThrow({
      where: {
        publication: "PUBLISHED",
        reportYears: { has: 2018 },
        campuses: { some: { campusId: ti.campusId! }, every: { campusId: ti.campusId! } },
      },
      orderBy: { slug: "asc" },
      select: { id: true, title: true },
    });
    const saved = await uploadMedia(ti, imageFields(action.id, "Le stand du campus au salon"), await photo());
    if (!saved.ok) throw new Error("upload refused");
    const doc = (await assembleReport({ year: 2018 }))!;
    expect(doc.actions.find((a) => a.id === action.id)?.image).toEqual({
      mediaId: saved.id,
      alt: "Le stand du campus au salon",
    });
    // Earlier tests of this file gave images to other actions: one embedded image per action that has one.
    const withImage = doc.actions.filter((a) => a.image).length;
    expect(withImage).toBeGreaterThan(0);

    // The cover also shows the logos uploaded by earlier tests (PNG: the image and its transparency mask in the PDF).
    const logos = await coverLogoCount();
    expect(logos).toBeGreaterThan(0);
    const pdf = Buffer.from((await renderReport(doc, "pdf")).body).toString("latin1");
    // One image per action image and two per logo. Every action of this file belongs to one campus
    // only: an action shared by two campuses appears, with its image, in both chapters.
    expect(pdf.match(/\/Subtype \/Image/g)?.length).toBe(withImage + 2 * logos);

    const zip = await JSZip.loadAsync((await renderReport(doc, "docx")).body);
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    // The logos are the same PNG: the DOCX stores identical images once.
    expect(media.length).toBeGreaterThanOrEqual(withImage + 1);
    const sizes = await Promise.all(
      media.map(
        async (f) => (await sharp(Buffer.from(await zip.file(f)!.async("uint8array"))).metadata()).width,
      ),
    );
    expect(sizes.every((w) => w !== undefined && w <= 640)).toBe(true);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain('descr="Le stand du campus au salon"');
  });
});

describe("the report's cover shows the logos uploaded in the back office", () => {
  it("draws each uploaded logo with its alternative text, and nothing for a campus without one", async () => {
    const coord = await coordinator();
    const academie = await db.organisation.findFirstOrThrow({ where: { key: "rectorat-region-academique" } });
    const uploads = [
      { ownerKind: "CAMPUS", ownerId: await campusIdOf("amf"), role: "LOGO", altText: "Logo du CMQ AMF" },
      {
        ownerKind: "ORGANISATION",
        ownerId: academie.id,
        role: "LOGO",
        altText: "Logo de la Région académique",
      },
    ];
    for (const fields of uploads)
      expect(await uploadMedia(coord, fields, await logoPng())).toMatchObject({ ok: true });
    // The logos of the cover now, this test's and earlier tests' (TI, Région).
    const expected = (
      await db.media.findMany({
        where: { role: "LOGO", deletedAt: null },
        select: { altText: true, ownerKind: true, ownerId: true },
      })
    ).filter(
      (m) =>
        m.ownerKind === "CAMPUS" ||
        m.ownerId === academie.id ||
        m.altText === "Région Bourgogne-Franche-Comté",
    );
    expect(expected.map((m) => m.altText)).toEqual(
      expect.arrayContaining(["Logo du CMQ AMF", "Logo de la Région académique"]),
    );

    const doc = (await assembleReport({ year: 2018 }))!;
    const file = await renderReport(doc, "pdf");
    const pdfDoc = await getDocument({ data: new Uint8Array(file.body), verbosity: 0 }).promise;
    try {
      const cover = await pdfDoc.getPage(1);
      type Node = { role?: string; alt?: string; children?: Node[] };
      const figures: string[] = [];
      const walk = (n: Node) => {
        if (n.role === "Figure") figures.push(n.alt ?? "");
        n.children?.forEach(walk);
      };
      walk((await cover.getStructTree()) as Node);
      // One figure per uploaded logo, described by the text given at upload; the other campuses keep their wordmark.
      expect(figures.sort()).toEqual(expected.map((m) => m.altText).sort());
      const ops = await cover.getOperatorList();
      const paints = ops.fnArray.filter((f) => f === OPS.paintImageXObject).length;
      expect(paints).toBe(expected.length);
    } finally {
      await pdfDoc.destroy();
    }

    const zip = await JSZip.loadAsync((await renderReport(doc, "docx")).body);
    const xml = await zip.file("word/document.xml")!.async("string");
    const coverXml = xml.slice(0, xml.indexOf("TOC \\h"));
    for (const m of expected) expect(coverXml).toContain(`descr="${m.altText}"`);
  });
});
