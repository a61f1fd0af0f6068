import type { Metadata, Viewport } from "next";
import type { Site } from "@/lib/site/links";

/** What every page of the portal declares, whichever root layout renders it. */
export const DOCUMENT_METADATA: Metadata = {
  title: {
    default: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    template: "%s",
  },
  description:
    "Les six Campus des Métiers et des Qualifications (CMQ) de Bourgogne-Franche-Comté\u00A0: actions, formations, partenaires et plateformes technologiques.",
  applicationName: "CMQ Bourgogne-Franche-Comté",
  formatDetection: { telephone: false },
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export const DOCUMENT_VIEWPORT: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#24305e",
};

/**
 * The <html> of the three root layouts (public site, back office, sign-in).
 * Printed pages spell out where their links lead, as full addresses of the
 * site being browsed (see globals.css).
 */
export function Document({ site, children }: { site: Site; children: React.ReactNode }) {
  const origin = `${site.protocol}://${site.hostCampus ? `${site.hostCampus}.${site.hubHost}` : site.hubHost}`;
  const printOrigin = { "--print-origin": JSON.stringify(origin) } as React.CSSProperties;
  return (
    <html lang="fr" style={printOrigin}>
      <body className="min-h-screen bg-surface text-ink antialiased">{children}</body>
    </html>
  );
}
