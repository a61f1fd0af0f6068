/**
 * How every benchmark runs: its report, the cleanups it registers (run on
 * success, failure and Ctrl-C), a failed run when it throws (the figures
 * measured so far are kept), the report saved and the exit code set.
 */
import { Report } from "./report";

/** Runs `step` and remembers how to undo it, whatever happens next. */
export class Cleanup {
  private readonly steps: (() => Promise<void> | void)[] = [];
  add(step: () => Promise<void> | void) {
    this.steps.unshift(step);
  }
  async run() {
    for (const step of this.steps.splice(0)) {
      try {
        await step();
      } catch (error) {
        console.error("Nettoyage :", error instanceof Error ? error.message : error);
      }
    }
  }
}

/** A page the benchmarks measure, and the file its bytes are saved to. */
export type Page = { name: string; path: string; file: string };

export function runBenchmark(
  title: string,
  /** The report's name in bench/RESULTS.md. */
  name: string,
  measure: (report: Report, cleanup: Cleanup) => Promise<void>,
): void {
  async function main() {
    const report = new Report(title);
    const cleanup = new Cleanup();
    process.once("SIGINT", () => void cleanup.run().then(() => process.exit(130)));
    try {
      await measure(report, cleanup);
    } catch (error) {
      console.error(error);
      report.check(
        "exécution complète du benchmark",
        error instanceof Error ? error.message : String(error),
        "",
        false,
      );
    } finally {
      await cleanup.run();
    }
    report.save(name);
    console.log(report.passed ? "\nTous les budgets sont tenus." : "\nAu moins un budget est manqué.");
    if (!report.passed) process.exitCode = 1;
  }
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
