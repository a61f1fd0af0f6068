/**
 * nginx for the benches: Debian's `nginx-light`, installed when missing,
 * run by the bench on its own port with its own configuration in a
 * temporary folder (no system service involved).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./server";

const NGINX = "/usr/sbin/nginx";

/** Installs a Debian package when its binary is missing (the benches run on fresh machines). */
export function ensureDebianPackage(binary: string, pkg: string): void {
  if (existsSync(binary)) return;
  console.log(`${path.basename(binary)} absent : installation du paquet Debian ${pkg}…`);
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", pkg],
  ]) {
    const r = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} a échoué.`);
  }
}

export function ensureNginx(): void {
  ensureDebianPackage(NGINX, "nginx-light");
}

/** Debian's Chromium, for the sign-in of the cluster bench and for Lighthouse. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function ensureChromium(): void {
  ensureDebianPackage(CHROMIUM, "chromium");
}

export type RunningNginx = { stop: () => Promise<void> };

/** Runs nginx with `httpConfig` (the content of its http block) from `dir`. */
export function startNginx(dir: string, httpConfig: string): RunningNginx {
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    // Workers run as the bench's user: they write the cache in its temporary folder.
    `user ${os.userInfo().username};
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${httpConfig}
}
`,
  );
  const r = spawnSync(NGINX, ["-c", conf, "-p", dir], { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`nginx n'a pas démarré (configuration ${conf}).`);
  return {
    stop: async () => {
      spawnSync(NGINX, ["-c", conf, "-p", dir, "-s", "quit"], { stdio: "ignore" });
      // The master exits after its workers: wait for the pid file to go.
      for (let i = 0; i < 50 && existsSync(path.join(dir, "nginx.pid")); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** nginx serving files of `root` as they are: the ceiling any origin is compared with. */
export function staticServerConfig(port: number, root: string): string {
  return `  server {
    listen 127.0.0.1:${port};
    root ${root};
    location ~ \\.html$ { default_type text/html; }
    location ~ \\.json$ { default_type application/json; }
  }`;
}

/**
 * deploy/nginx.conf (and the micro-cache file it includes) as the cluster
 * bench runs it: plain HTTP on a loopback port instead of TLS, the given
 * instances as upstream, cache and logs in `dir`. Each change must find its
 * text, so a change of deploy/nginx.conf that the bench cannot follow fails
 * loudly instead of measuring something else.
 */
export function deployedConfig(options: { port: number; upstreams: number[]; dir: string }): string {
  const { port, upstreams, dir } = options;
  let conf = readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8");
  const microCache = path.join(dir, "cmq-bfc-micro-cache.conf");
  writeFileSync(microCache, readFileSync(path.join(ROOT, "deploy", "cmq-bfc-micro-cache.conf"), "utf8"));
  const replace = (from: string | RegExp, to: string) => {
    const next = conf.replace(from, to);
    if (next === conf) throw new Error(`deploy/nginx.conf : « ${String(from)} » introuvable.`);
    conf = next;
  };
  replace(
    /server 127\.0\.0\.1:3000;\n\s*server 127\.0\.0\.1:3001;/,
    upstreams.map((p) => `server 127.0.0.1:${p};`).join("\n    "),
  );
  replace("/var/cache/nginx/cmq-bfc", path.join(dir, "cache"));
  replace(
    /listen 80 default_server;\n\s*listen 443 ssl default_server;\n\s*ssl_reject_handshake on;/,
    `listen 127.0.0.1:${port} default_server;`,
  );
  replace(/server \{\n\s*listen 80;\n[^}]*\}\n/, "");
  replace("listen 443 ssl http2;", `listen 127.0.0.1:${port};`);
  replace(/\n\s*ssl_certificate [^\n]*/, "");
  replace(/\n\s*ssl_certificate_key [^\n]*/, "");
  replace("/var/log/nginx/cmq-bfc.access.log cmq_portal", "off");
  conf = conf.replaceAll("/etc/nginx/cmq-bfc-micro-cache.conf", microCache);
  return conf;
}
