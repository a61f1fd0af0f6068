/**
 * Host-based sites: <slug>.<base domain>/path is served by the /<slug>/path
 * routes, so each campus sub-site has the same pages on its own host and at
 * /<slug> on the hub. This file only routes; it never authorizes (that is
 * decided in lib/ on every read and write).
 */
import { NextResponse, type NextRequest } from "next/server";
import { campusFromHost, REQUEST_PATH_HEADER } from "@/lib/site/hosts";

/** Paths served as-is on every host (assets, APIs, back office, sign-in). */
const SHARED_PREFIXES = [
  "/_next/",
  "/api/",
  "/admin",
  "/connexion",
  "/favicon.ico",
  "/favicon.svg",
  "/icons/",
];

/**
 * Passes on the path asked for: the back office comes back to it after
 * sign-in, and a 404 under /<slug>/… on the hub knows its campus.
 */
function withRequestPath(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export function proxy(request: NextRequest) {
  const requested = request.nextUrl.pathname;
  if (requested === "/admin" || requested.startsWith("/admin/")) return withRequestPath(request);

  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const campus = campusFromHost(host);
  if (!campus) return withRequestPath(request);

  const { pathname } = request.nextUrl;
  if (SHARED_PREFIXES.some((p) => pathname === p.replace(/\/$/, "") || pathname.startsWith(p))) {
    return NextResponse.next();
  }
  // ti.cmq-bfc.org/ti/actions → ti.cmq-bfc.org/actions (one address per page).
  if (pathname === `/${campus}` || pathname.startsWith(`/${campus}/`)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(campus.length + 1) || "/";
    return NextResponse.redirect(url, 308);
  }
  const url = request.nextUrl.clone();
  url.pathname = `/${campus}${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
