import type { Metadata, Viewport } from "next";
import { getSite } from "@/lib/site/request";
import "./globals.css";

// Every page depends on the request (host-based sites) and on live data:
// nothing is prerendered, so `next build` never needs a database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: {
    default: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
    template: "%s",
  },
  description:
    "Les six Campus des Métiers et des Qualifications (CMQ) de Bourgogne-Franche-Comté : actions, formations, partenaires et plateformes technologiques.",
  applicationName: "CMQ Bourgogne-Franche-Comté",
  formatDetection: { telephone: false },
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#24305e",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const site = await getSite();
  const origin = `${site.protocol}://${site.hostCampus ? `${site.hostCampus}.${site.hubHost}` : site.hubHost}`;
  // Printed pages spell out where their links lead, as full addresses (see globals.css).
  const printOrigin = { "--print-origin": JSON.stringify(origin) } as React.CSSProperties;
  return (
    <html lang="fr" style={printOrigin}>
      <body className="min-h-screen bg-surface text-ink antialiased">{children}</body>
    </html>
  );
}
