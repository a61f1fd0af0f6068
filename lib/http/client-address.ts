/**
 * The client's address and protocol, as the custom server decides them:
 * from the socket, or — only through the number of proxies configured in
 * TRUSTED_PROXIES (default 0) — from what those proxies forwarded. A
 * header the client sent itself is never believed.
 */

/** Request header set by the custom server with the client's address (any client copy is dropped). */
export const CLIENT_ADDRESS_HEADER = "x-cmq-client-address";

export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUSTED_PROXIES ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

function forwardedList(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The address of the client: the socket's peer with no trusted proxy; with
 * N, the address the outermost trusted proxy saw, i.e. the N-th entry of
 * X-Forwarded-For from the right (each proxy appends its peer).
 */
export function clientAddressOf(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const chain = [...forwardedList(forwardedFor), remoteAddress ?? "unknown"];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)].replace(/^::ffff:/, "");
}

/** Whether the client reached the portal over HTTPS: the socket's TLS, or what a trusted proxy says. */
export function isHttpsRequest(
  encrypted: boolean,
  forwardedProto: string | string[] | undefined,
  trustedProxies: number,
): boolean {
  if (encrypted) return true;
  if (trustedProxies === 0) return false;
  return forwardedList(forwardedProto).at(-1)?.toLowerCase() === "https";
}
