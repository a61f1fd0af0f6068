/**
 * `npm run bench:seed -- --scale 10 [--database <name>]`: a separate
 * PostgreSQL database with the 2018 content and a synthetic dataset
 * (bench/synthetic-data.ts) of the given scale — at 10: 10,000 formations,
 * 20,000 actions, 2,000 organisations. The database is named
 * `cmq_bench_x<scale>` unless --database says otherwise; it is marked by its
 * comment as synthetic, and only such a database is ever replaced. It is
 * kept, so the benches and a developer can use it: drop it with
 * `dropdb -h 127.0.0.1 -U postgres <name>`.
 */
import { parseArgs } from "node:util";
import { PrismaClient } from "../lib/generated/prisma/client";
import { createAdapter } from "../lib/db/adapter";
import { applyMigrations } from "../lib/db/migrations";
import { seedDatabase } from "../lib/content/seed";
import { insertSyntheticData, sizesForScale } from "./synthetic-data";
import { createDatabase, databaseComment, dropDatabase, withClient } from "./support/postgres";

export const SYNTHETIC_COMMENT = "cmq-bench: jeu de données synthétique, jamais du contenu réel";

/** Creates `name` afresh with the 2018 content plus the synthetic dataset of `scale`; returns its URL. */
export async function createSyntheticDatabase(
  name: string,
  scale: number,
  log: (line: string) => void = console.log,
): Promise<string> {
  const comment = await databaseComment(name);
  if (comment !== undefined && !comment?.startsWith("cmq-bench:")) {
    throw new Error(`La base ${name} existe et n'est pas une base synthétique de benchmark : abandon.`);
  }
  if (comment !== undefined) await dropDatabase(name);
  const url = await createDatabase(name, `${SYNTHETIC_COMMENT} (échelle ${scale})`);
  const config = { kind: "postgres" as const, url };
  await applyMigrations(config);
  const adapter = createAdapter(config);
  const db = new PrismaClient({ adapter: adapter.factory });
  try {
    await seedDatabase({ db, demoUsers: true });
  } finally {
    await db.$disconnect();
    await adapter.close();
  }
  const sizes = sizesForScale(scale);
  const started = performance.now();
  await withClient(url, async (client) => {
    const campuses = (await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Campus"`)).rows;
    await client.query("BEGIN");
    await insertSyntheticData((sql, params) => client.query(sql, params), campuses, sizes);
    await client.query("COMMIT");
    await client.query("ANALYZE");
  });
  log(
    `Base ${name} : ${sizes.formations} formations, ${sizes.actions} actions, ${sizes.organisations} organisations, ` +
      `${sizes.platforms} plateformes, ${sizes.fundings} financements synthétiques ajoutés en ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return url;
}

async function main() {
  const { values } = parseArgs({
    options: { scale: { type: "string", default: "10" }, database: { type: "string" } },
  });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error("--scale attend un nombre positif.");
  const name = values.database ?? `cmq_bench_x${String(scale).replace(/\W/g, "_")}`;
  const url = await createSyntheticDatabase(name, scale);
  console.log(`DATABASE_URL=${url}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
