/**
 * Client JavaScript of a page: the gzip size of every script file its HTML
 * loads, and a bare Next 16 App Router page built from the installed `next`
 * package (nothing downloaded) to compare with.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { NEXT_BIN, ROOT } from "./server";

export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
}

/** Sum of the gzip sizes of the page's script files (each counted once). */
export async function clientJsBytes(origin: string, pagePath: string, headers: Record<string, string> = {}) {
  const html = await (await fetch(origin + pagePath, { headers })).text();
  let total = 0;
  for (const src of new Set(scriptSources(html))) {
    const body = Buffer.from(await (await fetch(new URL(src, origin), { headers })).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
}

/**
 * Builds a bare App Router page (one heading, French metadata) in a temporary
 * folder inside the project: Turbopack compiles only files under the
 * workspace root, and the installed node_modules are found from there.
 */
export function buildBareApp(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(ROOT, ".bench-bare-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(
    path.join(dir, "next.config.mjs"),
    `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(ROOT)} } };\n`,
  );
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export const metadata = { title: "Page nue", description: "Une page Next.js nue, référence des mesures." };
export default function RootLayout({ children }) {
  return (<html lang="fr"><body>{children}</body></html>);
}
`,
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    `export default function Page() {
  return (<main><h1>Page nue</h1><p>Référence des mesures du portail.</p></main>);
}
`,
  );
  const r = spawnSync("nice", [process.execPath, NEXT_BIN, "build"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("La construction de la page Next nue a échoué.");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
