import path from "node:path";

/**
 * With REDIS_URL, every instance shares one cache (pages and 'use cache'
 * data) and its invalidations; without it, each process keeps its own
 * (the single-instance default), whose data cache serves its last values
 * while the database fails. Read when the server starts, so one build
 * serves both.
 */
const sharedCache = process.env.REDIS_URL
  ? {
      cacheHandler: path.resolve("lib/cache/redis-page-cache.mjs"),
      cacheHandlers: { default: path.resolve("lib/cache/redis-data-cache.mjs") },
    }
  : {
      cacheHandlers: { default: path.resolve("lib/cache/outage-data-cache.mjs") },
      // Pages rendered after the build stay in memory (least recently used first out, 256 MB), never
      // written under .next: each distinct search has its own cached page (recherche/requete/<clé>), and
      // random queries must not fill the disk. A restart starts from the build's pages, which are also
      // the ones a write may have invalidated since (tags live in the process).
      cacheMaxMemorySize: 256 * 1024 * 1024,
      experimental: { isrFlushToDisk: false },
    };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its PostgreSQL as WebAssembly + data files: load it from
  // node_modules at run time instead of copying ~15 MB into the build.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pdfkit"],
  poweredByHeader: false,
  // Compressed by the custom server, after it has put each response's CSP nonce in (server.ts).
  compress: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm test` type-checks the whole tree in its own step before it builds.
  typescript: { ignoreBuildErrors: process.env.CMQ_BUILD_SKIP_TYPECHECK === "1" },
  // Public pages and their data are cached until a write invalidates them (lib/cache).
  cacheComponents: true,
  partialPrefetching: false,
  ...sharedCache,
  experimental: {
    ...sharedCache.experimental,
    // Turbopack keeps its work under .next/cache to speed up the next build. CI builds once from a
    // clean clone: writing that cache there only adds time to the run (about a minute on two cores).
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  // Security headers, CSP nonces and routing by host are the custom server's (server.ts, lib/http).
};

export default nextConfig;
