import type { Metadata, Viewport } from "next";
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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-surface text-ink antialiased">{children}</body>
    </html>
  );
}
