// ESLint (flat config): `npm run lint` runs `eslint . --max-warnings 0` (Next 16 has no `next lint`).
// Next's rules with Core Web Vitals as errors, React and React Hooks, typescript-eslint's recommended rules
// (eslint-config-next/typescript), and eslint-config-prettier last: formatting is Prettier's (.prettierrc.json).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      // These assume the React Compiler, which this project does not use. The "latest value in a ref" pattern they
      // flag is deliberate here (event handlers that must see the current props without re-subscribing), and the
      // canvas component is loaded once at module level, not created during render.
      "react-hooks/refs": "off",
      "react-hooks/set-state-in-effect": "off",
      "react-hooks/immutability": "off",
      "react-hooks/static-components": "off",
      // A leading underscore says "deliberately unused" (a property left out of a rest spread).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read JSON bodies whose shape is what they check.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  globalIgnores([
    ".next*/**",
    "node_modules/**",
    ".data/**",
    "out/**",
    "bench/results/**",
    "neo4j-launcher/target/**",
    "security/advisories/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    // Built from lib/export-html/viewer.ts by scripts/build-viewer.ts (minified; checked by a unit test).
    "public/export-viewer.js",
  ]),
]);
