/**
 * Every public page template is valid HTML: the Nu Html Checker (npm
 * vnu-jar, run with the system's Java) finds no error in one page of each,
 * the 404 documents included (hub, campus in path and host mode, a missing
 * action, partner or formation).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";
import { HUB, TEMPLATES, TI_HOST } from "./public-support";

/** The other 404s, besides those of TEMPLATES: a missing partner or formation, a campus on its own host. */
const NOT_FOUND = [
  { path: "/partenaires/partenaire-inconnu", host: null },
  { path: "/formations/formation-inconnue", host: null },
  { path: "/actions/action-inconnue", host: new URL(TI_HOST).host },
];

const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build/dist/vnu.jar",
);

test("every public template passes the Nu Html Checker without error", async ({ request }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "cmq-vnu-"));
  const files = new Map<string, string>();
  const pages = [
    ...TEMPLATES.map((t) => ({ path: t.path, host: null as string | null, status: t.status ?? 200 })),
    ...NOT_FOUND.map((t) => ({ ...t, status: 404 })),
  ];
  for (const [i, t] of pages.entries()) {
    const response = await request.get(`${HUB}${t.path}`, t.host ? { headers: { host: t.host } } : {});
    const name = `${t.host ?? ""}${t.path}`;
    expect(response.status(), name).toBe(t.status);
    const file = join(dir, `${i}.html`);
    writeFileSync(file, await response.text());
    files.set(`file:${file}`, name);
  }
  const run = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", dir], {
    encoding: "utf8",
    maxBuffer: 32 * 1024 * 1024,
  });
  expect(run.error, "java -jar vnu.jar").toBeUndefined();
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as {
    messages: { type: string; url?: string; message: string; extract?: string }[];
  };
  const errors = report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map(
      (m) => `${files.get(m.url ?? "") ?? m.url} : ${m.message} ${m.extract ? `(${m.extract.trim()})` : ""}`,
    );
  expect(errors).toEqual([]);
});
