import { defineConfig } from "prisma/config";

// Prisma 7 reads its datasource from here. The URL is optional on purpose:
// `prisma generate` must work on a fresh clone with no database configured
// (the embedded PGlite database is the default, see lib/db.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
