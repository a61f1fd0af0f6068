/**
 * Nothing empty is offered: no key figure of zero, no menu item for a
 * section with nothing in it, no sentence about a status with no action.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KeyFigures } from "@/components/campuses/key-figures";
import { campusNav } from "@/components/layout/chrome";
import type { KeyFigures as KeyFiguresDto } from "@/lib/campuses/queries";
import type { Site } from "@/lib/site/links";

const hrefs = { actions: "/a", formations: "/f", partners: "/p", platforms: "/pft" };
const site: Site = { protocol: "http", hubHost: "localhost:3000", hostCampus: null };

describe("empty things", () => {
  it("key figures leave out what counts zero and date the statuses of a report", () => {
    const figures: KeyFiguresDto = {
      actionsByStatus: { EN_COURS: 9, PROJETEE: 0, TERMINEE: 1 },
      actions: 10,
      formations: 3,
      formationLevels: null,
      partners: 0,
      platforms: 0,
    };
    const html = renderToStaticMarkup(createElement(KeyFigures, { figures, hrefs, reportYear: 2018 }));
    expect(html).not.toContain("plateforme");
    expect(html).not.toContain("partenaire");
    expect(html).not.toContain("projetée");
    expect(html).toContain("au rapport d’activité 2018\u00a0: 9 en cours, 1\u00a0terminée");
    const none = renderToStaticMarkup(
      createElement(KeyFigures, {
        figures: {
          ...figures,
          actions: 0,
          formations: 0,
          actionsByStatus: { EN_COURS: 0, PROJETEE: 0, TERMINEE: 0 },
        },
        hrefs,
      }),
    );
    expect(none).toBe("");
  });

  it("a campus without PFT or validated report has no menu item for them", () => {
    const labels = (hasPlatforms: boolean, reportYear: number | null) =>
      campusNav(site, "ti", { reportYear, hasPlatforms }).map((i) => i.label);
    expect(labels(false, null)).not.toContain("Plateformes technologiques");
    expect(labels(false, null).some((l) => l.startsWith("Bilan"))).toBe(false);
    expect(labels(true, 2018)).toEqual(expect.arrayContaining(["Plateformes technologiques", "Bilan 2018"]));
  });
});
