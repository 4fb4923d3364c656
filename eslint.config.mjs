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
  ]),
]);
