/**
 * `tsx prisma/seed.ts`: loads content/ into the configured database (the
 * same as `npm run db:seed`). The seeding itself is lib/content/seed.ts,
 * which the app runs on an empty database.
 */
import { disconnectDb } from "../lib/db";
import { seedDatabase } from "../lib/content/seed";

seedDatabase()
  .then((result) => console.log(result.summary))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
