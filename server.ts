/**
 * The portal's HTTP edge: `npm start`, the browser tests and the benchmark
 * run Next.js through this server. It does only what concerns every
 * request, with the rules in lib/http and lib/site (pure, unit-tested):
 * routing by host, the client's address and protocol, request ids and the
 * access log, security headers with a CSP nonce per response, and the
 * refusals that must not reach Next.js (oversized bodies, cross-site
 * server actions).
 */
import { createServer, get as httpGet, type IncomingMessage, type ServerResponse } from "node:http";
import { readdirSync } from "node:fs";
import path from "node:path";
import next from "next";
import compression from "compression";
import {
  clientAddressOf,
  CLIENT_ADDRESS_HEADER,
  isHttpsRequest,
  trustedProxyCount,
} from "./lib/http/client-address";
import { logAccess, logger, REQUEST_ID_HEADER, requestIdOf } from "./lib/http/access-log";
import { isDatabaseFailing, requestContext, type RequestContext } from "./lib/http/request-context";
import { prepareSharedCache } from "./lib/cache/redis-setup";
import {
  contentSecurityPolicy,
  freshNonce,
  MEDIA_CONTENT_SECURITY_POLICY,
  nonceReplacements,
  StreamReplacer,
  renderingPolicy,
  sentinelNonce,
} from "./lib/http/csp";
import {
  bodyRefusal,
  isForeignServerAction,
  isFrameable,
  isMediaPath,
  isPersonal,
  streamedRedirect,
  type Refusal,
} from "./lib/http/policy";
import { baseDomain, REQUEST_PATH_HEADER, SITE_KEY_HEADER, siteOfKey } from "./lib/site/hosts";
import { notFoundDocument, routeRequest } from "./lib/site/routing";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const secret = process.env.AUTH_SECRET;
if (!secret) throw new Error("AUTH_SECRET manque : lancez le portail par `npm start`.");

const base = baseDomain();
const trustedProxies = trustedProxyCount();
const sentinel = sentinelNonce(secret);
const compress = compression();

/** Paths of the files of public/ ("/favicon.svg"): served as they are on every host. */
function publicFiles(dir = path.join(process.cwd(), "public"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? publicFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`)
      : [`${prefix}/${entry.name}`],
  );
}
const routing = { base, publicFiles: new Set(publicFiles()) };

/** Headers a client may not set: only this server (or a trusted proxy, read above) says these things. */
function dropUntrustedHeaders(req: IncomingMessage) {
  for (const name of Object.keys(req.headers)) {
    if (
      /^(x-forwarded-|x-cmq-|x-middleware-|x-request-id$|x-real-ip$|forwarded$|content-security-policy$)/.test(
        name,
      )
    )
      delete req.headers[name];
  }
}

function refuse(res: ServerResponse, refusal: Refusal) {
  res.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(`${refusal.message}\n`);
}

/** A 404 document of this server, as fetched from it: its body and the headers that go with it. */
type NotFoundDocument = { body: Buffer; contentType: string; contentSecurityPolicy: string | undefined };

/**
 * GETs `path` from this very server as `host` asks for it: the site's 404 document, which this
 * server answers with status 404 (a page Next.js renders in full, usually from its cache).
 * null when it does not come (then the 404 Next.js rendered is sent as it is).
 */
function fetchNotFoundDocument(host: string, path: string): Promise<NotFoundDocument | null> {
  return new Promise((resolve) => {
    const request = httpGet(
      { host: "127.0.0.1", port, path, headers: { host, accept: "text/html" }, timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", () => resolve(null));
        response.on("end", () => {
          const contentType = String(response.headers["content-type"] ?? "");
          resolve(
            response.statusCode === 404 && contentType.startsWith("text/html")
              ? {
                  body: Buffer.concat(chunks),
                  contentType,
                  contentSecurityPolicy: response.headers["content-security-policy"] as string | undefined,
                }
              : null,
          );
        });
      },
    );
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

/**
 * Sets the headers decided here just before the response's head is sent,
 * whatever Next.js set; swaps the sentinel nonce of HTML and RSC bodies for
 * this response's own; holds personal pages back whole so that they answer
 * with the status they end with (see streamedRedirect).
 */
function finishResponses(
  res: ServerResponse,
  policy: {
    personal: boolean;
    holdBack: boolean;
    https: boolean;
    csp: (nonce?: string) => string;
    /** This request is for a site's 404 document: it answers 404 (Next.js renders it as a page). */
    isNotFoundDocument: boolean;
    /** Where a public page's HTML 404 gets its site's 404 document (null: sent as Next.js rendered it). */
    notFoundDocument: (() => Promise<NotFoundDocument | null>) | null;
  },
  context: RequestContext,
) {
  const nonce = freshNonce();
  // A failure caused by the database being down or silent is an outage, not a bug: 503, retry soon, never cached.
  // The failing query may belong to another request: concurrent requests for a page share one render, and
  // one that began before the outage fails in the request that started it, the others get its error.
  const outageStatus = (status: number) => {
    if (status < 500 || !(context.databaseUnavailable || isDatabaseFailing())) return status;
    res.setHeader("Retry-After", "10");
    res.setHeader("Cache-Control", "no-store");
    return 503;
  };
  let rewriter: StreamReplacer | null = null;
  let heldBack: Buffer[] | null = null;
  // Next.js's HTML 404 of a public page, held back to be swapped for the site's 404 document.
  let isSwappingNotFound = false;
  const writeHead = res.writeHead.bind(res) as (status: number, reason?: string) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const reason = typeof rest[0] === "string" ? rest[0] : undefined;
    const given = rest.find((r) => r && typeof r === "object") as
      Record<string, string> | string[] | undefined;
    if (Array.isArray(given))
      for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(given[i], given[i + 1]);
    else if (given) for (const [name, value] of Object.entries(given)) res.setHeader(name, value);
    status = outageStatus(status);
    const type = String(res.getHeader("content-type") ?? "");
    const isHtml = type.startsWith("text/html");
    if (policy.isNotFoundDocument && status === 200 && isHtml) status = 404;
    res.statusCode = status;
    // Next.js also announces preloads in a Link header, with the sentinel as their nonce.
    const link = res.getHeader("link");
    if (typeof link === "string") res.setHeader("link", link.replaceAll(sentinel, nonce));
    if (isHtml || type.startsWith("text/x-component")) {
      rewriter = new StreamReplacer(nonceReplacements(sentinel, nonce));
      // The body may grow (the error shell's script gets its nonce): sent chunked.
      res.removeHeader("Content-Length");
    }
    res.setHeader("Content-Security-Policy", policy.csp(isHtml ? nonce : undefined));
    if (policy.personal) res.setHeader("Cache-Control", "private, no-store");
    if (policy.https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (policy.holdBack && isHtml && status === 200) {
      heldBack = [];
      return res;
    }
    if (policy.notFoundDocument && isHtml && status === 404) {
      isSwappingNotFound = true;
      heldBack = [];
      return res;
    }
    return reason ? writeHead(status, reason) : writeHead(status);
  }) as ServerResponse["writeHead"];

  const bytes = (chunk: unknown, encoding: unknown): Buffer =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  const rewrite = (chunk: Buffer) => (rewriter ? rewriter.push(chunk) : chunk);

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!res.headersSent && !heldBack) res.writeHead(res.statusCode);
    if (chunk == null) return write(chunk, ...rest);
    const out = rewrite(bytes(chunk, rest[0]));
    const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    if (heldBack) {
      heldBack.push(out);
      callback?.();
      return true;
    }
    return write(out, callback);
  }) as ServerResponse["write"];

  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk === "function") return res.end(undefined, chunk as () => void);
    if (!res.headersSent && !heldBack) res.writeHead(res.statusCode);
    const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    const last = chunk == null ? Buffer.alloc(0) : rewrite(bytes(chunk, rest[0]));
    const body = Buffer.concat([...(heldBack ?? []), last, rewriter?.end() ?? Buffer.alloc(0)]);
    if (isSwappingNotFound && policy.notFoundDocument) {
      void policy.notFoundDocument().then((document) => {
        if (document) {
          res.setHeader("Content-Type", document.contentType);
          // The document's scripts carry the nonce of its own response.
          if (document.contentSecurityPolicy)
            res.setHeader("Content-Security-Policy", document.contentSecurityPolicy);
        }
        const sent = document?.body ?? body;
        res.setHeader("Content-Length", sent.length);
        writeHead(404);
        end(sent, callback);
      });
      return res;
    }
    if (heldBack) {
      const location =
        res.statusCode >= 300 && res.statusCode < 400 ? streamedRedirect(body.toString()) : null;
      if (location) res.setHeader("Location", location);
      res.setHeader("Content-Length", body.length);
      res.statusCode = outageStatus(res.statusCode);
      writeHead(res.statusCode);
    }
    return end(body, callback);
  }) as ServerResponse["end"];
}

async function main() {
  await prepareSharedCache();
  const app = next({ dev, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    const started = performance.now();
    const url = req.url ?? "/";
    const pathOnly = url.split("?")[0];
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER], trustedProxies);
    const context: RequestContext = { requestId };
    const https = isHttpsRequest(
      (req.socket as { encrypted?: boolean }).encrypted === true,
      req.headers["x-forwarded-proto"],
      trustedProxies,
    );
    const clientAddress = clientAddressOf(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trustedProxies,
    );
    res.on("close", () =>
      logAccess({
        requestId,
        method: req.method ?? "GET",
        path: pathOnly,
        status: res.statusCode,
        durationMs: performance.now() - started,
        ...(res.writableFinished ? {} : { aborted: true }),
      }),
    );
    dropUntrustedHeaders(req);
    res.setHeader("X-Request-Id", requestId);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");

    const routed = routeRequest(req.headers.host, url, routing);
    const notFound = notFoundDocument(routed, base);
    const site = siteOfKey(routed.kind === "next" ? routed.siteKey : base, base) ?? siteOfKey(base, base);
    const hubOrigin = site ? `${site.protocol}://${site.hubHost}` : `https://${base}`;
    const frameable = isFrameable(pathOnly);
    // For browsers that predate CSP frame-ancestors.
    if (!frameable) res.setHeader("X-Frame-Options", "DENY");
    // Compression wraps the response first, so that it receives the bodies with their nonce in.
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {});
    finishResponses(
      res,
      {
        personal: isPersonal(pathOnly, req.headers.cookie),
        // Pages of the back office and sign-in: rendered for each request, they may end in a redirect or a 404;
        // any page while the database fails: it may end in a 503.
        holdBack: isPersonal(pathOnly, undefined) || isDatabaseFailing(),
        https,
        csp: (nonce) =>
          isMediaPath(pathOnly)
            ? MEDIA_CONTENT_SECURITY_POLICY
            : contentSecurityPolicy({ nonce, frameable, hubOrigin }),
        isNotFoundDocument: notFound?.isDocument ?? false,
        // A document request (not the router's RSC requests, which draw the not-found page themselves).
        notFoundDocument:
          notFound && !notFound.isDocument && req.method === "GET" && routed.kind === "next"
            ? () => fetchNotFoundDocument(routed.siteKey, notFound.path)
            : null,
      },
      context,
    );

    const refusal =
      bodyRefusal(req.method, req.headers, pathOnly) ??
      (isForeignServerAction(req.headers)
        ? { status: 403, message: "Requête refusée : elle ne vient pas de ce site." }
        : null);
    if (refusal) return refuse(res, refusal);
    if (routed.kind === "redirect") {
      res.writeHead(308, { Location: routed.location });
      return res.end();
    }
    req.url = routed.url;
    req.headers[SITE_KEY_HEADER] = routed.siteKey;
    req.headers[REQUEST_PATH_HEADER] = url;
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress;
    req.headers[REQUEST_ID_HEADER] = requestId;
    req.headers["content-security-policy"] = renderingPolicy(sentinel);
    return requestContext.run(context, () => handle(req, res));
  });
  // Idle keep-alive connections stay open longer than the proxy in front keeps them (nginx's upstream
  // keepalive_timeout is 60 s): with Node's 5-second default, a request sent on a connection just as
  // this server closed it was reset (ECONNRESET, a 502 behind nginx).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, () => logger.info({ port, dev }, "ready"));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "start failed");
  process.exit(1);
});
