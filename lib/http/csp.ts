/**
 * Content-Security-Policy with a nonce per response, on pages served from
 * the cache. Next.js reads the script nonce from the *request*'s
 * Content-Security-Policy header and writes it on its scripts; the custom
 * server gives it a secret sentinel (the same on every instance, never sent
 * out), so cached HTML holds the sentinel, and every response replaces it
 * with a fresh random nonce of the same length (Content-Length stays right)
 * announced in its own Content-Security-Policy header.
 */
import { createHmac, randomBytes } from "node:crypto";

const NONCE_LENGTH = 22;

/** The sentinel nonce derived from the portal's secret. */
export function sentinelNonce(secret: string): string {
  return createHmac("sha256", secret).update("csp-nonce-sentinel").digest("base64url").slice(0, NONCE_LENGTH);
}

export function freshNonce(): string {
  return randomBytes(16).toString("base64url").slice(0, NONCE_LENGTH);
}

/** The request header that makes Next.js put `nonce` on its scripts. */
export function renderingPolicy(nonce: string): string {
  return `script-src 'nonce-${nonce}'`;
}

export function contentSecurityPolicy(options: {
  /** The nonce of this response's scripts; none for responses that are not HTML. */
  nonce?: string;
  /** The open-data widget may be framed by any site; nothing else may be. */
  frameable: boolean;
  /** Where forms may also post besides this origin: the hub (its search, from a campus host). */
  hubOrigin: string;
}): string {
  const scripts = options.nonce ? `'self' 'nonce-${options.nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Style attributes carry the campus accent colour; no script runs from them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self' ${options.hubOrigin}`,
    `frame-ancestors ${options.frameable ? "*" : "'none'"}`,
  ].join("; ");
}

/**
 * Replaces every occurrence of `from` by `to` (same length) in a stream of
 * chunks, including an occurrence split across two chunks: the tail that
 * could start one is held back until the next chunk.
 */
export class NonceRewriter {
  private carry: Buffer = Buffer.alloc(0);
  private readonly from: Buffer;
  private readonly to: Buffer;

  constructor(from: string, to: string) {
    this.from = Buffer.from(from);
    this.to = Buffer.from(to);
    if (this.from.length !== this.to.length) throw new Error("The nonce must keep the sentinel's length.");
  }

  /** The bytes that can be sent now. */
  push(chunk: Uint8Array): Buffer {
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk);
    for (let at = data.indexOf(this.from); at !== -1; at = data.indexOf(this.from, at + this.to.length))
      this.to.copy(data, at);
    const keep = Math.min(this.from.length - 1, data.length);
    this.carry = Buffer.from(data.subarray(data.length - keep));
    return data.subarray(0, data.length - keep);
  }

  /** The bytes held back, at the end of the response. */
  end(): Buffer {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return rest;
  }
}
