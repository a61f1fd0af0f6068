import { describe, expect, it } from "vitest";
import { campusJsonLd, courseJsonLd, eventJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";
import { describe as describeText, pageMetadata, pageTitle } from "@/lib/seo/metadata";
import { robotsTxt, sitemapXml } from "@/lib/seo/sitemap";

describe("page metadata", () => {
  it("names the page and the site, with canonical and Open Graph", () => {
    expect(pageTitle("Actions", "CMQ Territoire Intelligent")).toBe("Actions — CMQ Territoire Intelligent");
    const m = pageMetadata({
      page: "Actions",
      siteName: "CMQ Territoire Intelligent",
      description: "Les actions.",
      canonical: "https://ti.cmq-bfc.org/actions",
    });
    expect(m.title).toBe("Actions — CMQ Territoire Intelligent");
    expect(m.alternates?.canonical).toBe("https://ti.cmq-bfc.org/actions");
    expect(m.openGraph).toMatchObject({
      url: "https://ti.cmq-bfc.org/actions",
      locale: "fr_FR",
      siteName: "CMQ Territoire Intelligent",
    });
    expect(
      pageMetadata({ page: "R", siteName: "S", description: "d", canonical: "u", noIndex: true }).robots,
    ).toEqual({ index: false, follow: true });
  });

  it("shortens descriptions on a word boundary", () => {
    const text = "mot ".repeat(100);
    const short = describeText(text, 50);
    expect(short.length).toBeLessThanOrEqual(50);
    expect(short.endsWith("…")).toBe(true);
    expect(describeText("## Titre **gras**")).toBe("Titre gras");
  });
});

describe("JSON-LD", () => {
  it("describes campuses, formations and dated actions", () => {
    expect(
      campusJsonLd({
        fullName: "CMQ X",
        acronym: "X",
        email: "x@cmq-bfc.org",
        description: "d",
        url: "https://x.cmq-bfc.org/",
        sameAs: [],
        parentUrl: "https://cmq-bfc.org/",
      }),
    ).toMatchObject({
      "@type": "EducationalOrganization",
      name: "CMQ X",
    });
    expect(
      courseJsonLd({
        title: "BTS",
        description: "",
        url: "u",
        diploma: "BTS",
        level: 5,
        provider: { name: "Lycée", url: "p" },
        place: null,
      }),
    ).toMatchObject({
      "@type": "Course",
      description: "BTS",
      educationalCredentialAwarded: "BTS",
      provider: { "@type": "EducationalOrganization", name: "Lycée" },
    });
    expect(
      eventJsonLd({
        title: "Salon",
        summary: "s",
        url: "u",
        start: "2018-06-13",
        end: null,
        organizer: { name: "CMQ", url: "o" },
      }),
    ).toMatchObject({ "@type": "Event", startDate: "2018-06-13" });
    expect(
      eventJsonLd({
        title: "Salon",
        summary: "s",
        url: "u",
        start: null,
        end: null,
        organizer: { name: "CMQ", url: "o" },
      }),
    ).toBeNull();
  });

  it("cannot close its script element", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("escape URLs and give dates", () => {
    const xml = sitemapXml([
      { url: "https://ti.cmq-bfc.org/actions?a=1&b=2", lastModified: new Date("2018-06-13T10:00:00Z") },
    ]);
    expect(xml).toContain("<loc>https://ti.cmq-bfc.org/actions?a=1&amp;b=2</loc>");
    expect(xml).toContain("<lastmod>2018-06-13</lastmod>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("point robots to the host's sitemap and keep the back office out", () => {
    const robots = robotsTxt("https://ti.cmq-bfc.org/sitemap.xml");
    expect(robots).toContain("Sitemap: https://ti.cmq-bfc.org/sitemap.xml");
    expect(robots).toContain("Disallow: /admin");
    expect(robots).toContain("Disallow: /connexion");
  });
});
