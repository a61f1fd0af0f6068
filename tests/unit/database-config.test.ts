import { describe, expect, it } from "vitest";
import { resolveDatabaseConfig, wantsDemoUsers } from "@/lib/db/config";

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe("database configuration", () => {
  it("uses the embedded database without DATABASE_URL, a real PostgreSQL with it", () => {
    expect(resolveDatabaseConfig(env({ PGLITE_DATA_DIR: "/tmp/x" }))).toEqual({
      kind: "pglite",
      dataDir: "/tmp/x",
    });
    expect(resolveDatabaseConfig(env({ DATABASE_URL: " postgresql://u@h/db " }))).toEqual({
      kind: "postgres",
      url: "postgresql://u@h/db",
    });
  });

  it("creates demo accounts on the embedded database only, or when SEED_DEMO_USERS=1", () => {
    const real = { kind: "postgres", url: "postgresql://u@h/db" } as const;
    expect(wantsDemoUsers({ kind: "pglite", dataDir: "/tmp/x" }, env({}))).toBe(true);
    expect(wantsDemoUsers(real, env({}))).toBe(false);
    expect(wantsDemoUsers(real, env({ SEED_DEMO_USERS: "0" }))).toBe(false);
    expect(wantsDemoUsers(real, env({ SEED_DEMO_USERS: "1" }))).toBe(true);
  });
});
