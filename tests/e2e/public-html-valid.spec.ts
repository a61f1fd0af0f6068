/**
 * Every public page template is valid HTML: the Nu Html Checker (npm
 * vnu-jar, run with the system's Java) finds no error in one page of each.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";
import { TEMPLATES } from "./public-support";

const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build/dist/vnu.jar",
);

test("every public template passes the Nu Html Checker without error", async ({ request }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "cmq-vnu-"));
  const files = new Map<string, string>();
  // The 404 documents are left out: rendered at request time, Next streams their <title> into the
  // body for browsers (the `htmlLimitedBots` way round it took every public page out of the cache).
  for (const [i, t] of TEMPLATES.filter((template) => (template.status ?? 200) === 200).entries()) {
    const response = await request.get(t.path);
    expect(response.status(), t.path).toBe(t.status ?? 200);
    const file = join(dir, `${i}.html`);
    writeFileSync(file, await response.text());
    files.set(`file:${file}`, t.path);
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
