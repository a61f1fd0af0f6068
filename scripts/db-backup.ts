/**
 * Backups of the database (lib/db/backup.ts has the details):
 *   npm run db:backup                       writes .data/backups/cmq-<date>-<heure>.(dump|pglite.tar.gz)
 *   npm run db:restore -- <fichier>         replaces the database's content, after a confirmation
 *   npm run db:restore -- <fichier> --yes   without the question (scripts, tests)
 * With the embedded database, stop the portal first: one process at a time.
 */
import { createInterface } from "node:readline/promises";
import { backupDatabase, restoreDatabase } from "../lib/db/backup";
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";

const [command, ...rest] = process.argv.slice(2);
const yes = rest.includes("--yes");
const file = rest.find((a) => !a.startsWith("--"));
const config = resolveDatabaseConfig();

async function confirmed(question: string): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    console.error("Confirmation impossible sans terminal : ajoutez --yes pour restaurer sans question.");
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(o|oui|y|yes)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function main() {
  if (command === "backup") {
    const written = await backupDatabase(config);
    console.log(`Sauvegarde de ${describeDatabase(config)} écrite : ${written}`);
    return;
  }
  if (command === "restore") {
    if (!file) throw new Error("Fichier manquant : npm run db:restore -- <fichier> [--yes]");
    const ok = await confirmed(
      `Restaurer ${file} dans ${describeDatabase(config)} ? Son contenu actuel sera remplacé. [o/N] `,
    );
    if (!ok) {
      console.log("Restauration annulée : rien n'a changé.");
      process.exitCode = 1;
      return;
    }
    const { keptAt } = await restoreDatabase(config, file);
    console.log(`Base restaurée depuis ${file}.`);
    if (keptAt) console.log(`L'ancienne base embarquée est conservée dans ${keptAt}.`);
    return;
  }
  throw new Error("Commande inconnue : backup ou restore.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
