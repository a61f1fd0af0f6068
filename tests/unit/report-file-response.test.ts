import { describe, expect, it } from "vitest";
import { parseRange, storedFileResponse } from "@/lib/report/export";

const body = new TextEncoder().encode("0123456789");
const file = {
  body: new Uint8Array(body),
  contentType: "application/pdf",
  fileName: "rapport-activite-cmq-2018.pdf",
  sha256: "abc123",
  createdAt: new Date("2026-12-06T10:00:00Z"),
};
const get = (headers: Record<string, string> = {}) =>
  storedFileResponse(new Request("http://localhost/rapports/2018.pdf", { headers }), file);

describe("a stored report file over HTTP", () => {
  it("is sent whole with a strong ETag from its hash, cacheable by anyone", async () => {
    const r = get();
    expect(r.status).toBe(200);
    expect(r.headers.get("ETag")).toBe('"abc123"');
    expect(r.headers.get("Accept-Ranges")).toBe("bytes");
    expect(r.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(await r.text()).toBe("0123456789");
  });

  it("answers 304 to a client that has it", () => {
    expect(get({ "If-None-Match": '"abc123"' }).status).toBe(304);
    expect(get({ "If-None-Match": 'W/"other", "abc123"' }).status).toBe(304);
    expect(get({ "If-None-Match": '"other"' }).status).toBe(200);
  });

  it("sends one byte range as 206, refuses one outside the file with 416", async () => {
    const r = get({ Range: "bytes=2-5" });
    expect(r.status).toBe(206);
    expect(r.headers.get("Content-Range")).toBe("bytes 2-5/10");
    expect(await r.text()).toBe("2345");
    expect(await get({ Range: "bytes=-3" }).text()).toBe("789");
    expect(await get({ Range: "bytes=7-" }).text()).toBe("789");
    expect(get({ Range: "bytes=20-30" }).status).toBe(416);
    // A range for an older version (If-Range with another ETag) gets the whole file.
    expect(get({ Range: "bytes=2-5", "If-Range": '"old"' }).status).toBe(200);
  });

  it("parses only single byte ranges", () => {
    expect(parseRange(null, 10)).toBeNull();
    expect(parseRange("bytes=0-1,4-5", 10)).toBeNull();
    expect(parseRange("items=0-1", 10)).toBeNull();
    expect(parseRange("bytes=5-2", 10)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-99", 10)).toEqual({ start: 0, end: 9 });
  });
});
