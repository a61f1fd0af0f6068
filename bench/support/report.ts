/**
 * Verdicts against the budgets, printed as they come and kept for
 * bench/RESULTS.md, with the date and the machine's load (the machine is
 * shared: figures only compare inside one run).
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./server";

export type Verdict = { label: string; value: string; budget: string; ok: boolean | null };

export class Report {
  readonly lines: string[] = [];
  readonly verdicts: Verdict[] = [];
  private readonly loadBefore = os.loadavg();

  constructor(readonly title: string) {}

  note(line: string): void {
    console.log(line);
    this.lines.push(line);
  }

  /** A figure with its budget; `ok` null for a figure shown without a budget. */
  check(label: string, value: string, budget: string, ok: boolean | null): void {
    this.verdicts.push({ label, value, budget, ok });
    const verdict = ok === null ? "(info)" : ok ? "PASS" : "FAIL";
    console.log(`${verdict.padEnd(6)} ${label} — ${value}${budget ? ` (budget : ${budget})` : ""}`);
  }

  get passed(): boolean {
    return this.verdicts.every((v) => v.ok !== false);
  }

  private machine(): string {
    const cpu = os.cpus()[0]?.model ?? "?";
    const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
    return `${os.cpus().length} cœurs (${cpu}), charge (1/5/15 min) au début ${load(this.loadBefore)}, à la fin ${load(os.loadavg())}`;
  }

  /** Replaces this bench's section of bench/RESULTS.md with this run. */
  save(section: string): void {
    const file = path.join(ROOT, "bench", "RESULTS.md");
    const start = `<!-- ${section}:start -->`;
    const end = `<!-- ${section}:end -->`;
    const commit = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
    const body = [
      start,
      `## ${this.title}`,
      "",
      `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${commit} — ${this.machine()}.`,
      "",
      ...this.lines.map((l) => `    ${l}`),
      "",
      "| mesure | valeur | budget | verdict |",
      "| --- | --- | --- | --- |",
      ...this.verdicts.map(
        (v) =>
          `| ${v.label} | ${v.value} | ${v.budget || "—"} | ${v.ok === null ? "info" : v.ok ? "PASS" : "FAIL"} |`,
      ),
      "",
      this.passed ? "Tous les budgets sont tenus." : "**Au moins un budget est manqué.**",
      end,
    ].join("\n");
    const current = existsSync(file)
      ? readFileSync(file, "utf8")
      : "# Résultats des benchmarks\n\nDernières mesures de `npm run bench` et `npm run bench:cluster` (réécrites par chaque exécution). Les budgets sont dans `bench/budgets.ts`.\n";
    const i = current.indexOf(start);
    const j = current.indexOf(end);
    const next =
      i >= 0 && j > i
        ? current.slice(0, i) + body + current.slice(j + end.length)
        : `${current.trimEnd()}\n\n${body}\n`;
    writeFileSync(file, next);
  }
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
export const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
