/**
 * The pure rules of uploaded files (lib/media/rules.ts) and what the
 * custom server does for them (lib/http, lib/site/routing.ts): addresses on
 * every host, a larger body limit for the upload route only, their own CSP
 * and cache decision.
 */
import { describe, expect, it } from "vitest";
import {
  acceptsType,
  formatFileSize,
  MAX_UPLOAD_BYTES,
  MEDIA_MESSAGES,
  mediaDocumentPath,
  mediaImagePath,
  mediaSrcSet,
  sizeRefusal,
  sniffMediaType,
  typeOfExtension,
  variantWidths,
} from "@/lib/media/rules";
import { BODY_LIMIT_BYTES, bodyRefusal, isMediaPath, isPersonal, MEDIA_UPLOAD_PATH } from "@/lib/http/policy";
import { MEDIA_CONTENT_SECURITY_POLICY } from "@/lib/http/csp";
import { routeRequest } from "@/lib/site/routing";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("the type of a file comes from its first bytes", () => {
  it("reads the magic numbers of JPEG, PNG, WebP and PDF", () => {
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffMediaType(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(sniffMediaType(bytes("RIFF", 0, 0, 0, 0, "WEBP"))).toBe("image/webp");
    expect(sniffMediaType(bytes("%PDF-1.7"))).toBe("application/pdf");
  });

  it("knows nothing else, whatever the name: executables, SVG, HTML, GIF, a RIFF that is not WebP", () => {
    for (const b of [
      bytes(0x7f, "ELF", 2, 1),
      bytes("MZ", 0x90, 0),
      bytes("<svg xmlns='http://www.w3.org/2000/svg'>"),
      bytes("<!DOCTYPE html>"),
      bytes("GIF89a"),
      bytes("RIFF", 0, 0, 0, 0, "WAVE"),
      bytes(0xff, 0xd8),
      bytes(),
    ])
      expect(sniffMediaType(b)).toBeNull();
  });

  it("accepts images for images and logos, PDF for documents only", () => {
    expect(acceptsType("IMAGE", "image/webp")).toBe(true);
    expect(acceptsType("IMAGE", "application/pdf")).toBe(false);
    expect(acceptsType("LOGO", "image/png")).toBe(true);
    expect(acceptsType("ATTACHMENT", "application/pdf")).toBe(true);
    expect(acceptsType("ATTACHMENT", "image/jpeg")).toBe(false);
  });
});

describe("sizes and addresses", () => {
  it("refuses an empty file and one over 10 Mo with a French message", () => {
    expect(sizeRefusal(0)).toBe(MEDIA_MESSAGES.missingFile);
    expect(sizeRefusal(MAX_UPLOAD_BYTES)).toBeNull();
    expect(sizeRefusal(MAX_UPLOAD_BYTES + 1)).toBe(MEDIA_MESSAGES.tooLarge);
    expect(MEDIA_MESSAGES.tooLarge).toBe(
      "Le fichier dépasse la taille maximale de 10\u00a0Mo\u00a0: réduisez-le puis réessayez.",
    );
  });

  it("copies an image at the responsive widths narrower than itself, then at its own", () => {
    expect(variantWidths(1800)).toEqual([320, 640, 1024, 1600, 1800]);
    expect(variantWidths(640)).toEqual([320, 640]);
    expect(variantWidths(200)).toEqual([200]);
  });

  it("builds /media addresses and srcset", () => {
    const image = { id: "abc", contentType: "image/png", widths: [320, 500] };
    expect(mediaImagePath(image, 320)).toBe("/media/abc/320.png");
    expect(mediaSrcSet(image)).toBe("/media/abc/320.png 320w, /media/abc/500.png 500w");
    expect(mediaDocumentPath({ id: "abc" })).toBe("/media/abc/document.pdf");
    expect(typeOfExtension("jpg")).toBe("image/jpeg");
    expect(typeOfExtension("exe")).toBeNull();
    expect(formatFileSize(1536 * 1024)).toBe("1,5\u00a0Mo");
    expect(formatFileSize(350 * 1024)).toBe("350\u00a0ko");
  });
});

describe("the custom server and uploaded files", () => {
  const options = { base: "cmq-bfc.org", publicFiles: new Set<string>() };

  it("serves /media/… as it is on every host, hub and campus", () => {
    for (const host of ["cmq-bfc.org", "ti.cmq-bfc.org", "localhost:3000", "ti.localhost:3000"])
      expect(routeRequest(host, "/media/abc/640.jpg", options)).toMatchObject({
        kind: "next",
        url: "/media/abc/640.jpg",
      });
  });

  it("lets only the upload route carry a file of 10 Mo", () => {
    const length = { "content-length": String(5 * 1024 * 1024) };
    expect(bodyRefusal("POST", length, MEDIA_UPLOAD_PATH)).toBeNull();
    expect(bodyRefusal("POST", length, "/admin/actions/x")?.status).toBe(413);
    expect(bodyRefusal("POST", { "content-length": String(BODY_LIMIT_BYTES) }, "/admin")).toBeNull();
    const tooLarge = bodyRefusal("POST", { "content-length": String(11 * 1024 * 1024) }, MEDIA_UPLOAD_PATH);
    expect(tooLarge).toEqual({ status: 413, message: MEDIA_MESSAGES.tooLarge });
  });

  it("leaves the cache decision of a file to its route, even for a signed-in visitor", () => {
    expect(isMediaPath("/media/abc/640.jpg")).toBe(true);
    expect(isMediaPath("/ti/media")).toBe(false);
    expect(isPersonal("/media/abc/640.jpg", "authjs.session-token=x")).toBe(false);
    expect(isPersonal("/ti/actions", "authjs.session-token=x")).toBe(true);
  });

  it("gives files a policy under which nothing runs", () => {
    expect(MEDIA_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; sandbox");
  });
});
