import type { Instrumentation } from "next";

/**
 * Every error of a render, route handler or server action: one JSON line
 * with the error id the visitor's error page shows (the digest) and the
 * request id of the access log line (lib/http/access-log.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger, REQUEST_ID_HEADER } = await import("./lib/http/access-log");
  const header = request.headers[REQUEST_ID_HEADER];
  logger.error(
    {
      requestId: Array.isArray(header) ? header[0] : header,
      errorId: (error as { digest?: string }).digest,
      path: request.path.split("?")[0],
      routeType: context.routeType,
      route: context.routePath,
    },
    "request error",
  );
};
