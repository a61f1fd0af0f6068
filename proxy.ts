/**
 * Host-based sites: <slug>.<base domain>/path is served by the /<slug>/path
 * routes, so each campus sub-site has the same pages on its own host and at
 * /<slug> on the hub. This file only routes; it never authorizes (that is
 * decided in lib/ on every read and write).
 */
import { NextResponse, type NextRequest } from "next/server";
import { campusFromHost } from "@/lib/site/hosts";

/** Paths served as-is on every host (assets, APIs, back office, sign-in). */
const SHARED_PREFIXES = ["/_next/", "/api/", "/admin", "/connexion", "/favicon.ico", "/icons/"];

/** Tells the back office which page was asked for, so sign-in can come back to it. */
const REQUEST_PATH_HEADER = "x-cmq-path";

export function proxy(request: NextRequest) {
  const { pathname: requested, search } = request.nextUrl;
  if (requested === "/admin" || requested.startsWith("/admin/")) {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, `${requested}${search}`);
    return NextResponse.next({ request: { headers } });
  }

  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const campus = campusFromHost(host);
  if (!campus) return NextResponse.next();

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
