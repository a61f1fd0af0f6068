/**
 * A TCP proxy in front of PostgreSQL that a test switches between the ways a
 * database fails:
 * - pass: forwards both ways;
 * - refuse: new connections are closed at once, open ones are cut (server down);
 * - silent: accepts connections but forwards nothing, on new and open ones
 *   alike, and those connections stay silent for good (a frozen server, a
 *   network partition: the half-open connections a pool must give up on);
 * - back: forwards new connections again (the silent ones stay silent).
 */
import net from "node:net";

export type ProxyMode = "pass" | "refuse" | "silent" | "back";

export type TcpProxy = {
  port: number;
  mode: ProxyMode;
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
};

type Pair = { client: net.Socket; upstream: net.Socket | null; silent: boolean };

export async function startTcpProxy(target: { host: string; port: number }, port: number): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let mode: ProxyMode = "pass";
  const forwarding = () => mode === "pass" || mode === "back";

  const silence = (pair: Pair) => {
    pair.silent = true;
    pair.upstream?.unpipe();
    pair.client.unpipe();
    pair.upstream?.pause();
    // Reads whatever the client sends and drops it.
    pair.client.removeAllListeners("data");
    pair.client.on("data", () => {});
  };
  const cut = (pair: Pair) => {
    pair.client.destroy();
    pair.upstream?.destroy();
    pairs.delete(pair);
  };

  const server = net.createServer((client) => {
    client.on("error", () => {});
    if (mode === "refuse") return void client.destroy();
    const pair: Pair = { client, upstream: null, silent: false };
    pairs.add(pair);
    client.on("close", () => cut(pair));
    if (!forwarding()) return silence(pair);
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on("error", () => cut(pair));
    upstream.on("close", () => {
      if (!pair.silent) cut(pair);
    });
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  return {
    port,
    get mode() {
      return mode;
    },
    setMode(next: ProxyMode) {
      mode = next;
      if (next === "refuse") for (const pair of [...pairs]) cut(pair);
      if (next === "silent") for (const pair of pairs) silence(pair);
    },
    async close() {
      for (const pair of [...pairs]) cut(pair);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
