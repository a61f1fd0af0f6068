import http from "node:http";

/**
 * A partner's website for the embedding tests: a real HTTP server on
 * 127.0.0.1 (another origin than the portal's localhost) serving one page.
 * A page answered by Playwright's routing, about:blank or a data: URL would
 * count as a public origin for Chromium's Local Network Access checks, which
 * stop such pages from reaching localhost whatever the portal's headers say;
 * on the real web both sides are public and that rule does not apply.
 */
export async function servePartnerPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
