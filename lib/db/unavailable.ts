/**
 * Whether an error means "the database cannot answer now" (down, silent,
 * too slow, the pool exhausted) rather than a fault of the request or of
 * the code. Such errors answer "Service momentanément indisponible" (a
 * form keeps what was typed; a page answers 503), never a wrong verdict.
 * Pure: the errors are recognised by their codes and messages, from pg,
 * the Prisma driver adapter or the Prisma client, through `cause` chains.
 */

export const SERVICE_UNAVAILABLE =
  "Service momentanément indisponible : la base de données ne répond pas. Réessayez dans quelques instants, vos saisies sont conservées.";

/** Prisma: cannot reach, timed out, server closed the connection, pool timeout, transaction closed. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
/** PostgreSQL: statement or lock timeout, shutdown, connection failures, too many connections. */
const POSTGRES_CODES = new Set([
  "57014",
  "55P03",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
  "53300",
]);
/** Node sockets. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
/** Driver adapter error kinds (Prisma's DriverAdapterError). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);
const MESSAGES =
  /Query read timeout|timeout exceeded when trying to connect|Connection terminated|connection timeout|Can't reach database server|Timed out fetching a new connection|canceling statement due to (statement|lock) timeout|terminating connection|Server has closed the connection|Transaction already closed|the database system is (starting up|shutting down)|ECONNREFUSED|ECONNRESET/i;

function codesOf(error: object): unknown[] {
  const e = error as { code?: unknown; errorCode?: unknown; cause?: unknown; meta?: unknown };
  const cause = e.cause as { kind?: unknown; originalCode?: unknown; code?: unknown } | undefined;
  return [e.code, e.errorCode, cause?.kind, cause?.originalCode, cause?.code];
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  for (const code of codesOf(error)) {
    if (typeof code !== "string") continue;
    if (
      PRISMA_CODES.has(code) ||
      POSTGRES_CODES.has(code) ||
      SOCKET_CODES.has(code) ||
      ADAPTER_KINDS.has(code)
    )
      return true;
  }
  const message = (error as { message?: unknown }).message;
  if (typeof message === "string" && MESSAGES.test(message)) return true;
  return isDatabaseUnavailable((error as { cause?: unknown }).cause, depth + 1);
}
