import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      ".bench-bare-*/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Routes and components read and write through lib/<domain>/, which decides authorization;
    // the database client, its drivers and the Prisma runtime stay inside lib/. Enums are shared types.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)lib/db$",
              message: "Only lib/ touches the database: call a query or a mutation of lib/<domain>/.",
            },
            {
              group: [
                "@/lib/db/*",
                "**/lib/db/*",
                "@/lib/generated/prisma/*",
                "**/generated/prisma/*",
                "@prisma/*",
                "pg",
                "@electric-sql/*",
                "pglite-prisma-adapter",
                // Allowed: the health check's own lib function, and the enums (shared types).
                "!@/lib/db/health",
                "!@/lib/generated/prisma/enums",
              ],
              message: "Only lib/ touches the database: call a query or a mutation of lib/<domain>/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
