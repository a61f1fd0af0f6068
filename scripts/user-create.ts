/**
 * `npm run user:create` — creates an account on the configured database
 * (DATABASE_URL, or the embedded one). Flags or interactive questions:
 *
 *   npm run user:create -- --email do.ti@exemple.fr --name "Camille Martin" --role do --campus ti
 *   npm run user:create -- --email coord@exemple.fr --name "Coordination" --role coordinator
 *
 * The password is asked without echo (or read from USER_PASSWORD); leave it
 * empty to generate one, printed once. It is stored as an argon2id hash.
 * With the embedded database, stop the portal first (one process at a time).
 */
import { createInterface } from "node:readline/promises";
import { stdin, stdout } from "node:process";
import { parseArgs } from "node:util";
import { db, disconnectDb } from "../lib/db";
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { createUserSchema } from "../lib/users/schema";
import { insertUserAccountUnsafe } from "../lib/users/mutations";
import { isCampusDirector } from "../lib/auth/permissions";

const { values: flags } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    campus: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

const HELP = `Usage : npm run user:create -- --email <adresse> --name <nom> --role do|coordinator [--campus agt|amf|itip|mma|msi|ti]
Le mot de passe est demandé (sans écho) ou lu dans USER_PASSWORD ; vide = généré et affiché une fois.`;

async function askHidden(question: string): Promise<string> {
  if (!stdin.isTTY) {
    const rl = createInterface({ input: stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return "";
  }
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve) => {
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          stdout.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") process.exit(130);
        if (ch === "\u007f") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function main() {
  if (flags.help) {
    console.log(HELP);
    return;
  }
  console.log(`Base de données : ${describeDatabase(resolveDatabaseConfig())}`);
  const interactive = stdin.isTTY;
  const rl = interactive ? createInterface({ input: stdin, output: stdout }) : null;
  const ask = async (label: string, current: string | undefined) =>
    current ?? (rl ? (await rl.question(label)).trim() : "");
  const email = await ask("Adresse e-mail : ", flags.email);
  const name = await ask("Nom : ", flags.name);
  const roleText = (await ask("Rôle (do ou coordinator) : ", flags.role)).toLowerCase();
  const role =
    roleText === "do"
      ? "DO"
      : roleText === "coordinator" || roleText === "coordination"
        ? "COORDINATOR"
        : roleText.toUpperCase();
  const campusSlug = isCampusDirector({ role })
    ? await ask("Campus (agt, amf, itip, mma, msi, ti) : ", flags.campus)
    : "";
  rl?.close();
  const password =
    process.env.USER_PASSWORD ?? (interactive ? await askHidden("Mot de passe (vide : généré) : ") : "");

  const campus = campusSlug
    ? await db.campus.findUnique({ where: { slug: campusSlug.toLowerCase() }, select: { id: true } })
    : null;
  if (campusSlug && !campus) throw new Error(`Campus inconnu : ${campusSlug}`);
  const parsed = createUserSchema.safeParse({ email, name, role, campusId: campus?.id ?? "", password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`✖ ${issue.message}`);
    process.exitCode = 1;
    return;
  }
  const result = await insertUserAccountUnsafe(parsed.data, null);
  if (!result.ok) {
    for (const message of Object.values(result.fieldErrors)) console.error(`✖ ${message}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `Compte créé : ${parsed.data.email} (${isCampusDirector({ role }) ? `DO ${campusSlug}` : "coordination régionale"}).`,
  );
  if (result.generatedPassword)
    console.log(`Mot de passe généré (affiché une seule fois) : ${result.generatedPassword}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
