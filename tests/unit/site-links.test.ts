import { describe, expect, it } from "vitest";
import { siteKeyOfHost, siteOfKey } from "@/lib/site/hosts";
import { campusHref, campusUrl, hubHref, type Site } from "@/lib/site/links";

describe("site keys", () => {
  it("names campus hosts under the base domain and localhost by the host as served", () => {
    expect(siteKeyOfHost("ti.cmq-bfc.org", "cmq-bfc.org")).toBe("ti.cmq-bfc.org");
    expect(siteKeyOfHost("ITIP.localhost:3000", "cmq-bfc.org")).toBe("itip.localhost:3000");
    expect(siteKeyOfHost("msi.example.test", "example.test")).toBe("msi.example.test");
    expect(siteOfKey("ti.cmq-bfc.org", "cmq-bfc.org")).toEqual({
      protocol: "https",
      hubHost: "cmq-bfc.org",
      hostCampus: "ti",
    });
    expect(siteOfKey("ti.localhost:3000", "cmq-bfc.org")).toEqual({
      protocol: "http",
      hubHost: "localhost:3000",
      hostCampus: "ti",
    });
  });

  it("gives any other host (an IP, an unknown or forged name) the configured domain", () => {
    for (const host of ["127.0.0.1:3000", "[::1]:3000", "evil.example", "ti.evil.org", "xyz.cmq-bfc.org", ""])
      expect(siteKeyOfHost(host, "cmq-bfc.org")).toBe("cmq-bfc.org");
    expect(siteKeyOfHost(undefined, "cmq-bfc.org")).toBe("cmq-bfc.org");
    expect(siteOfKey("cmq-bfc.org", "cmq-bfc.org")).toEqual({
      protocol: "https",
      hubHost: "cmq-bfc.org",
      hostCampus: null,
    });
  });

  it("knows no site for the build's placeholder", () => {
    expect(siteOfKey("prerender.invalid", "cmq-bfc.org")).toBeNull();
  });
});

describe("links stay on the site being browsed", () => {
  const hub: Site = { protocol: "https", hubHost: "cmq-bfc.org", hostCampus: null };
  const ti: Site = { protocol: "https", hubHost: "cmq-bfc.org", hostCampus: "ti" };

  it("uses /<slug> paths on the hub host", () => {
    expect(campusHref(hub, "ti", "/actions")).toBe("/ti/actions");
    expect(campusHref(hub, "ti")).toBe("/ti");
    expect(hubHref(hub, "/formations")).toBe("/formations");
  });

  it("uses bare paths on the campus's own host and absolute links elsewhere", () => {
    expect(campusHref(ti, "ti", "/actions")).toBe("/actions");
    expect(campusHref(ti, "ti")).toBe("/");
    expect(campusHref(ti, "amf", "/actions")).toBe("https://amf.cmq-bfc.org/actions");
    expect(hubHref(ti, "/formations")).toBe("https://cmq-bfc.org/formations");
  });

  it("gives each campus page one canonical address on its own host", () => {
    expect(campusUrl(hub, "mma", "/actions/x")).toBe("https://mma.cmq-bfc.org/actions/x");
    expect(campusUrl({ protocol: "http", hubHost: "localhost:3000", hostCampus: null }, "ti")).toBe(
      "http://ti.localhost:3000/",
    );
  });
});
