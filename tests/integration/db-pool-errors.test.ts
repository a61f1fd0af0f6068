/**
 * The application's connection pool on a real PostgreSQL server: when the
 * server ends the backend of a connection that is checked out (a restart, a
 * dropped database, pg_terminate_backend), the connection's next query fails
 * and the process goes on — no uncaught "error" event (lib/db/adapter.ts),
 * whether the connection was checked out or idle in the pool.
 * PGlite has no backends to end: in both lanes this file uses the PostgreSQL
 * server (its maintenance database, nothing is written), as the browser
 * tests with their own database do.
 */
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createPool } from "@/lib/db/adapter";

const url = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

describe("database pool, when the server ends a connection", () => {
  const pool = createPool(url, { serving: true });
  afterAll(() => pool.end());

  it("fails the checked-out connection's query and raises no uncaught exception", async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      const client = await pool.connect();
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      const ended = new Promise((resolve) => client.once("end", resolve));

      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const { rows: terminated } = await admin.query<{ ok: boolean }>(
          "SELECT pg_terminate_backend($1) AS ok",
          [rows[0].pid],
        );
        expect(terminated[0].ok).toBe(true);
      } finally {
        await admin.end();
      }
      // The socket closes while the connection is checked out and idle: the
      // moment an unhandled "error" event would crash the process.
      await ended;

      await expect(client.query("SELECT 1")).rejects.toThrow();
      client.release(true);

      // The pool serves again, on a new connection.
      const { rows: again } = await pool.query<{ one: number }>("SELECT 1 AS one");
      expect(again[0].one).toBe(1);
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", record);
    }
  });

  it("drops an idle connection that dies, with no one else listening to the pool, and serves again", async () => {
    // Prisma's adapter listens to the pool only until it is disconnected, and pool.end() resolves before
    // its sockets have closed: a database dropped right after (the tests' teardown) ends idle connections
    // that only the pool's own listener catches.
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      const client = await pool.connect();
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      client.release();
      expect(pool.idleCount).toBeGreaterThan(0);
      const removed = new Promise((resolve) => pool.once("remove", resolve));

      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
      } finally {
        await admin.end();
      }
      await removed;

      const { rows: again } = await pool.query<{ one: number }>("SELECT 1 AS one");
      expect(again[0].one).toBe(1);
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", record);
    }
  });
});
