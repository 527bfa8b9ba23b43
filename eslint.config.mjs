// ESLint 9 flat config: Next's core-web-vitals and TypeScript rules (eslint-config-next bundles
// typescript-eslint, React, hooks, jsx-a11y and import). Formatting is Prettier's job, not ESLint's.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // .export-build/ is scripts/build-export.mjs's copy of the sources (and its build), .nginx/ local nginx runs.
    ignores: [
      ".next/**",
      "out/**",
      "out-*/**",
      ".out-old/**",
      ".export-build/**",
      ".nginx/**",
      "node_modules/**",
      "reports/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
