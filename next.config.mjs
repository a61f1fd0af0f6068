/** "<campus slug>/" (lib/site/campuses.ts): the widget's path prefix on the hub host. */
const WIDGET_PREFIX = "(?:agt|amf|itip|mma|msi|ti)/";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its PostgreSQL as WebAssembly + data files: load it from
  // node_modules at run time instead of copying ~15 MB into the build.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pdfkit"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm test` type-checks the whole tree in its own step before it builds.
  typescript: { ignoreBuildErrors: process.env.CMQ_BUILD_SKIP_TYPECHECK === "1" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
          },
        ],
      },
      // No page may be framed by another site (clickjacking)…
      {
        source: `/((?!(?:${WIDGET_PREFIX})?widget(?:/|$)).*)`,
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
        ],
      },
      // …except the open data widget, which any site may embed in an iframe
      // (/<slug>/widget/… on the hub host, /widget/… on a campus host).
      {
        source: `/((?:${WIDGET_PREFIX})?widget(?:/.*)?)`,
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }],
      },
    ];
  },
};

export default nextConfig;
