/**
 * Content-Security-Policy with a nonce per response, on pages served from
 * the cache. Next.js reads the script nonce from the *request*'s
 * Content-Security-Policy header and writes it on its scripts; the custom
 * server gives it a secret sentinel (the same on every instance, never sent
 * out), so cached HTML holds the sentinel, and every response replaces it
 * with a fresh random nonce announced in its own Content-Security-Policy
 * header.
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
  // Inline scripts need this response's nonce; script files come from this origin only. No
  // 'strict-dynamic': Next.js 16.4 leaves a few of its own tags without a nonce (preloads, the
  // bootstrap script of its error shell), which it would block.
  const scripts = options.nonce ? `'self' 'nonce-${options.nonce}'` : "'self'";
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
 * The policy of an uploaded file (/media/…): nothing in it may run or load
 * anything, even if a browser were made to render it as a document.
 */
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

/** The replacement that gives a response its own nonce. */
export function nonceReplacements(sentinel: string, nonce: string): [string, string][] {
  return [[sentinel, nonce]];
}

/**
 * Replaces every occurrence of each `from` by its `to` in a stream of
 * chunks, including an occurrence split across two chunks: the tail that
 * could start one is held back until the next chunk. Replaced text is never
 * scanned again.
 */
export class StreamReplacer {
  private carry: Buffer = Buffer.alloc(0);
  private readonly pairs: { from: Buffer; to: Buffer }[];
  private readonly hold: number;

  constructor(replacements: [string, string][]) {
    this.pairs = replacements.map(([from, to]) => ({ from: Buffer.from(from), to: Buffer.from(to) }));
    this.hold = Math.max(...this.pairs.map((p) => p.from.length)) - 1;
  }

  private nextMatch(data: Buffer, from: number): { at: number; from: Buffer; to: Buffer } | null {
    let best: { at: number; from: Buffer; to: Buffer } | null = null;
    for (const pair of this.pairs) {
      const at = data.indexOf(pair.from, from);
      if (at !== -1 && (!best || at < best.at)) best = { at, ...pair };
    }
    return best;
  }

  /** The bytes that can be sent now. */
  push(chunk: Uint8Array): Buffer {
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk);
    const out: Buffer[] = [];
    let pos = 0;
    for (let match = this.nextMatch(data, 0); match; match = this.nextMatch(data, pos)) {
      out.push(data.subarray(pos, match.at), match.to);
      pos = match.at + match.from.length;
    }
    const keepFrom = Math.max(pos, data.length - this.hold);
    out.push(data.subarray(pos, keepFrom));
    this.carry = Buffer.from(data.subarray(keepFrom));
    return Buffer.concat(out);
  }

  /** The bytes held back, at the end of the response. */
  end(): Buffer {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return rest;
  }
}
