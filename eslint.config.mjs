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
  {
    // French typography for the texts written in JSX (issue 14). Texts from the database and
    // content/ are typeset by the public read models (lib/text/typeset.ts) and the shared
    // components; literals are written typeset, so that none can be forgotten: ’ between letters,
    // &nbsp; before ":", &#x202F; before ; ! ? and inside « » (the rules: lib/text/typography.ts),
    // or passed through fr(). Code samples (<code>, <pre>, <kbd>, <samp>) keep their characters.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          // A regular space, or none, before : ; ! ? that end a word.
          "/ [:;!?]+(\\s|$)/u",
          "/[^\\s\\u00a0\\u202f:;!?][:;!?]+(\\s|$)/u",
          // « and » without their narrow no-break spaces.
          "/« |«[^\\s\\u00a0\\u202f]| »|[^\\s\\u00a0\\u202f]»/u",
          // A straight apostrophe between letters (&apos; is the same character).
          "/\\p{L}(?:'|&apos;)\\p{L}/u",
        ].flatMap((pattern) =>
          [
            `JSXElement:not([openingElement.name.name=/^(code|pre|kbd|samp)$/]) > JSXText[value=${pattern}]`,
            `JSXElement:not([openingElement.name.name=/^(code|pre|kbd|samp)$/]) > JSXExpressionContainer > Literal[value=${pattern}]`,
          ].map((selector) => ({
            selector,
            message:
              "French typography (lib/text/typography.ts): write ’ between letters, &nbsp; before :, &#x202F; before ; ! ? and inside « », or show the text through fr().",
          })),
        ),
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
];

export default config;
