import { describe, expect, it } from "vitest";
import { campusFromHost } from "@/lib/site/hosts";
import { campusHref, campusUrl, hubHref, type Site } from "@/lib/site/links";

describe("hosts", () => {
  it("recognises campus hosts under the base domain and localhost", () => {
    expect(campusFromHost("ti.cmq-bfc.org", "cmq-bfc.org")).toBe("ti");
    expect(campusFromHost("www.amf.cmq-bfc.org", "cmq-bfc.org")).toBe("amf");
    expect(campusFromHost("itip.localhost:3000", "cmq-bfc.org")).toBe("itip");
    expect(campusFromHost("MSI.example.test", "example.test")).toBe("msi");
  });

  it("treats the hub and unknown labels as the hub", () => {
    expect(campusFromHost("cmq-bfc.org", "cmq-bfc.org")).toBeNull();
    expect(campusFromHost("localhost:3000", "cmq-bfc.org")).toBeNull();
    expect(campusFromHost("xyz.cmq-bfc.org", "cmq-bfc.org")).toBeNull();
    expect(campusFromHost("ti.evil.org", "cmq-bfc.org")).toBeNull();
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
