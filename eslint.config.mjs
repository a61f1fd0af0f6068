import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import frenchTypography from "./lint/french-typography.mjs";

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
  {
    // French typography for the texts written in code (issue 14): JSX text, shown props (title=,
    // label=, aria-label=, alt=…), their template literals and the same keys in objects. Texts from
    // the database and content/ are typeset by the read models (lib/text/typeset.ts); literals are
    // written typeset, so that none can be forgotten (the rules: lint/french-typography.mjs).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { "french-typography": frenchTypography },
    rules: {
      // Every string that reads as prose, not only JSX: labels in objects, confirmations, messages.
      "french-typography/typeset-text": ["error", { allStrings: true }],
      "no-restricted-syntax": [
        "error",
        {
          // {" "} then ": …" on the next line: the space shown before ":" is the regular one.
          selector: 'JSXExpressionContainer[expression.value=" "] + JSXText[value=/^\\s*[:;!?»]/u]',
          message:
            'French typography (lib/text/typography.ts): write &nbsp; (before :) or &#x202F; (before ; ! ? ») instead of {" "}.',
        },
        {
          // "«" then {" "}: a regular space after the guillemet.
          selector: 'JSXText[value=/«[\\s\\u00a0\\u202f]*$/u] + JSXExpressionContainer[expression.value=" "]',
          message: 'French typography (lib/text/typography.ts): write «&#x202F; instead of « {" "}.',
        },
      ],
    },
  },
  {
    // Validation and refusal messages, shown next to the fields and on top of the forms: every
    // string that reads as prose is checked.
    files: ["lib/!(content)/**/schema.ts", "lib/forms/*.ts", "lib/server-action/*.ts", "lib/result.ts"],
    plugins: { "french-typography": frenchTypography },
    rules: { "french-typography/typeset-text": ["error", { allStrings: true }] },
  },
];

export default config;
