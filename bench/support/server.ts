/**
 * The portal's production server, as the benches start it. The command is
 * here and only here: when `npm start` changes how it starts the server,
 * SERVER_ARGS follows in one line.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** server.ts reads its port from PORT (set below). */
const SERVER_ARGS = ["--import", "tsx", "server.ts"];

export const AUTH_SECRET = "bench-secret-not-for-production-0123456789";

export function buildPortal(): void {
  if (process.env.BENCH_SKIP_BUILD === "1") return;
  console.log("Construction du portail (next build)…");
  const r = spawnSync("nice", [process.execPath, NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("La construction du portail a échoué.");
}

export type RunningServer = { url: string; port: number; process: ChildProcess; stop: () => Promise<void> };

/** Waits until `url` answers (any status below 500), at most `timeoutMs`. */
export async function waitUntilUp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} ne répond pas.`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
}

/** Starts one instance of the built portal on `port`. */
export async function startPortal(port: number, env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET,
      PORT: String(port),
      ...env,
    },
  });
  const url = `http://localhost:${port}`;
  const stop = stopper(child);
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) =>
      reject(new Error(`Le serveur du port ${port} s'est arrêté (code ${code}).`)),
    ),
  );
  exited.catch(() => {});
  try {
    await Promise.race([waitUntilUp(`${url}/api/health`), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, process: child, stop };
}

/** Starts a plain `next start` of another Next app folder (the bare page). */
export async function startNextApp(dir: string, port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://localhost:${port}`;
  const stop = stopper(child);
  await waitUntilUp(url);
  return { url, port, process: child, stop };
}

export { NEXT_BIN };
