import { defineConfig } from "tsup";

export default defineConfig([
  {
    // Two entries so that ESM code splitting keeps zod out of bundles that import only pure functions.
    entry: { index: "src/index.ts", schema: "src/schema.ts", html: "src/html/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    dts: false,
  },
]);
