import { describe, expect, it } from "vitest";
import { clientAddressOf, isHttpsRequest, trustedProxyCount } from "@/lib/http/client-address";
import {
  contentSecurityPolicy,
  freshNonce,
  nonceReplacements,
  sentinelNonce,
  StreamReplacer,
} from "@/lib/http/csp";
import {
  bodyRefusal,
  isForeignServerAction,
  isFrameable,
  isPersonal,
  streamedRedirect,
} from "@/lib/http/policy";
import { requestIdOf } from "@/lib/http/access-log";

describe("client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(clientAddressOf("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
  });

  it("is the address the outermost trusted proxy saw", () => {
    // client forged "6.6.6.6"; nginx appended the real peer 198.51.100.7.
    expect(clientAddressOf("127.0.0.1", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddressOf("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
    expect(clientAddressOf("10.0.0.2", ["6.6.6.6", "198.51.100.7, 10.0.0.1"], 2)).toBe("198.51.100.7");
  });

  it("never goes further than the chain", () => {
    expect(clientAddressOf("127.0.0.1", undefined, 3)).toBe("127.0.0.1");
    expect(clientAddressOf("127.0.0.1", "198.51.100.7", 5)).toBe("198.51.100.7");
  });

  it("reads TRUSTED_PROXIES, 0 unless a positive integer", () => {
    expect(trustedProxyCount({})).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXIES: "2" })).toBe(2);
    expect(trustedProxyCount({ TRUSTED_PROXIES: "-1" })).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXIES: "yes" })).toBe(0);
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(isHttpsRequest(false, "https", 0)).toBe(false);
    expect(isHttpsRequest(false, "https", 1)).toBe(true);
    expect(isHttpsRequest(false, "http", 1)).toBe(false);
    expect(isHttpsRequest(true, undefined, 0)).toBe(true);
  });
});

describe("CSP nonces on cached pages", () => {
  it("derives one secret sentinel per secret, of a nonce's length", () => {
    expect(sentinelNonce("a")).toBe(sentinelNonce("a"));
    expect(sentinelNonce("a")).not.toBe(sentinelNonce("b"));
    expect(sentinelNonce("a")).toHaveLength(freshNonce().length);
    expect(freshNonce()).not.toBe(freshNonce());
  });

  it("replaces the sentinel everywhere, also across chunk boundaries", () => {
    const sentinel = sentinelNonce("secret");
    const nonce = freshNonce();
    const html = `<script nonce="${sentinel}">a</script><script nonce="${sentinel}" src="/x.js"></script>`;
    for (let cut = 1; cut < html.length; cut += 3) {
      const rewriter = new StreamReplacer(nonceReplacements(sentinel, nonce));
      const out = Buffer.concat([
        rewriter.push(Buffer.from(html.slice(0, cut))),
        rewriter.push(Buffer.from(html.slice(cut))),
        rewriter.end(),
      ]).toString();
      expect(out).toBe(html.replaceAll(sentinel, nonce));
    }
  });

  it("allows inline scripts by nonce only, and framing only for the widget", () => {
    const policy = contentSecurityPolicy({
      nonce: "n0nce",
      frameable: false,
      hubOrigin: "https://cmq-bfc.org",
    });
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-n0nce'");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self' https://cmq-bfc.org");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ frameable: true, hubOrigin: "https://cmq-bfc.org" })).toContain(
      "frame-ancestors *",
    );
  });
});

describe("response policy", () => {
  it("keeps personal responses out of every cache", () => {
    for (const path of [
      "/admin",
      "/admin/actions/1",
      "/connexion",
      "/api/admin/actions",
      "/api/rapport/2018.pdf",
    ])
      expect(isPersonal(path, undefined), path).toBe(true);
    expect(isPersonal("/ti", undefined)).toBe(false);
    expect(isPersonal("/administration", undefined)).toBe(false);
    expect(isPersonal("/ti", "a=1; authjs.session-token=xyz")).toBe(true);
    expect(isPersonal("/ti", "__Secure-authjs.session-token.0=xyz")).toBe(true);
  });

  it("lets only the widget be framed", () => {
    expect(isFrameable("/ti/widget/formations")).toBe(true);
    expect(isFrameable("/widget/formations")).toBe(true);
    expect(isFrameable("/ti/formations")).toBe(false);
    expect(isFrameable("/widgetx")).toBe(false);
  });

  it("refuses bodies over the limit (413) and bodies of unknown size (411)", () => {
    expect(bodyRefusal("POST", { "content-length": String(2 * 1024 * 1024) })?.status).toBe(413);
    expect(bodyRefusal("POST", { "content-length": "1000" })).toBeNull();
    expect(bodyRefusal("POST", { "transfer-encoding": "chunked" })?.status).toBe(411);
    expect(bodyRefusal("GET", {})).toBeNull();
  });

  it("recognises a server action posted from another site", () => {
    const action = { "next-action": "abc", host: "ti.localhost:3000" };
    expect(isForeignServerAction({ ...action, origin: "http://ti.localhost:3000" })).toBe(false);
    expect(isForeignServerAction({ ...action, origin: "https://evil.example" })).toBe(true);
    expect(isForeignServerAction({ ...action, origin: "null" })).toBe(true);
    expect(isForeignServerAction({ host: "x", origin: "https://evil.example" })).toBe(false);
  });

  it("finds where a streamed redirect leads", () => {
    const body = 'a:E{"digest":"NEXT_REDIRECT;replace;/connexion?callbackUrl=%2Fadmin;307;"}';
    expect(streamedRedirect(body)).toBe("/connexion?callbackUrl=%2Fadmin");
    expect(streamedRedirect("<html>no redirect</html>")).toBeNull();
  });
});

describe("request ids", () => {
  it("keeps a trusted proxy's id and makes one otherwise", () => {
    expect(requestIdOf("abc-123", 1)).toBe("abc-123");
    expect(requestIdOf("abc-123", 0)).not.toBe("abc-123");
    expect(requestIdOf("bad id with spaces", 1)).not.toBe("bad id with spaces");
  });
});
