// `prisma generate` without network: the CLI wants to download its native
// schema engine at start-up even though generate does not use it. Pointing
// it at any existing file stops that (see ../shared/STACK.md).
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const result = spawnSync(
  process.execPath,
  ["node_modules/prisma/build/index.js", "generate", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env,
  },
);
process.exit(result.status ?? 1);
