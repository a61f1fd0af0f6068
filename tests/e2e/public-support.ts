/**
 * Shared pieces of the public portal's browser tests: the page templates
 * (one seeded example each), the campus host of the test server, and
 * keyboard navigation.
 */
import type { Page } from "@playwright/test";

export const PORT = Number(process.env.E2E_PORT || 3100);
export const HUB = `http://localhost:${PORT}`;
/** Chromium resolves *.localhost to 127.0.0.1: the campus's own host. */
export const TI_HOST = `http://ti.localhost:${PORT}`;

/** Seeded examples (content/ of the 2018 report). */
export const SEEDED = {
  action: "compteur-linky-smart-grids",
  /** Co-owned by MSI (lead) and MMA, dated 13 June 2018. */
  datedAction: "sensibilisation-enseignants-stagiaires-espe",
  formation: "bac-pro-bit",
  organisation: "enedis",
  platform: "npmf",
};

export type Template = { name: string; path: string; status?: number };

/** One page per template, on the hub and on a campus sub-site (path mode). */
export const TEMPLATES: Template[] = [
  { name: "hub home", path: "/" },
  { name: "les CMQ", path: "/les-cmq" },
  { name: "actions", path: "/actions" },
  { name: "actions, filtered", path: "/actions?status=en_cours&campus=ti&q=energie" },
  { name: "actions, no result", path: "/actions?q=zzzzqqq" },
  { name: "actions for an audience", path: "/actions?public=lyceens" },
  { name: "formations", path: "/formations" },
  { name: "formation", path: `/formations/${SEEDED.formation}` },
  { name: "partners", path: "/partenaires" },
  { name: "partner", path: `/partenaires/${SEEDED.organisation}` },
  { name: "platforms", path: "/plateformes" },
  { name: "platform", path: `/plateformes/${SEEDED.platform}` },
  { name: "funders", path: "/financeurs" },
  { name: "map", path: "/carte" },
  { name: "contact", path: "/contact" },
  { name: "site map", path: "/plan-du-site" },
  { name: "legal notice", path: "/mentions-legales" },
  { name: "privacy", path: "/donnees-personnelles" },
  { name: "accessibility", path: "/accessibilite" },
  { name: "open data (in the hub's chrome)", path: "/donnees-ouvertes" },
  { name: "annual reports", path: "/rapports" },
  { name: "search, empty form", path: "/recherche" },
  { name: "search, results", path: "/recherche?q=energie" },
  { name: "search, no result", path: "/recherche?q=zzzzqqq" },
  { name: "404", path: "/page-qui-n-existe-pas", status: 404 },
  { name: "campus home", path: "/ti" },
  { name: "campus actions", path: "/ti/actions" },
  { name: "campus action", path: `/ti/actions/${SEEDED.action}` },
  { name: "campus dated action", path: `/msi/actions/${SEEDED.datedAction}` },
  { name: "campus formations", path: "/agt/formations" },
  { name: "campus formation", path: `/agt/formations/${SEEDED.formation}` },
  { name: "campus partners", path: "/agt/partenaires" },
  { name: "campus partner", path: `/ti/partenaires/${SEEDED.organisation}` },
  { name: "campus platforms", path: "/amf/plateformes" },
  { name: "campus platform", path: `/amf/plateformes/${SEEDED.platform}` },
  { name: "campus report", path: "/ti/bilan/2018" },
  { name: "campus search", path: "/ti/recherche?q=linky" },
  { name: "campus 404", path: "/ti/actions/action-inconnue", status: 404 },
  { name: "campus unknown address", path: "/ti/adresse-inconnue", status: 404 },
];

/** Presses Tab until the focused element matches, as a keyboard user would (bounded). */
export async function tabUntil(
  page: Page,
  matches: (el: { tag: string; text: string; href: string | null; id: string }) => boolean,
  max = 250,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? "",
        text: (a?.innerText || a?.getAttribute("aria-label") || "").trim(),
        href: a?.getAttribute("href") ?? null,
        id: a?.id ?? "",
      };
    });
    if (matches(el)) return el;
  }
  throw new Error("Élément jamais atteint au clavier");
}
