/**
 * Whether `.next` holds a production build of the current sources: a
 * fingerprint of what the build reads (paths, sizes, modification times) is
 * written next to it after each build made by `npm start` or `npm test`.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const stampFile = path.join(root, ".next", "cmq-build-stamp");

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "server.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

function sourceStamp(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`)) return;
      for (const e of readdirSync(p).sort()) walk(path.join(p, e));
    } else hash.update(`${path.relative(root, p)}:${s.size}:${s.mtimeMs}\n`);
  };
  for (const s of SOURCES) walk(path.join(root, s));
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === sourceStamp()
  );
}

/** Call after a successful `next build`. */
export function recordBuild(): void {
  writeFileSync(stampFile, sourceStamp());
}
