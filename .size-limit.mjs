// Size budgets of what an app pays for each import of khabar, minified and brotli-compressed (size-limit,
// esbuild). `npm run size` prints them; test/package/size.test.ts fails when one is over its limit.
// A JS config rather than package.json: size-limit always treats peer dependencies (zod) as external, and
// only a JS config can put zod back for the checks that report it.

/** Puts the peer zod back into the bundle of a check. */
const withZod = (config) => ({
  ...config,
  external: (config.external ?? []).filter((name) => name !== "zod"),
});

export default [
  {
    name: "normalize only",
    path: "dist/index.js",
    import: "{ normalize }",
    // Target 3 kB (issue 4), not met. Today: the per-character action tables, the linear-time NFC for long
    // mark runs, the unrolled hot loop of the fast pass, entity decoding and the tatweel-dash rule.
    limit: "7.5 kB",
  },
  {
    name: "parseArticle without zod (a peer the app already has)",
    path: "dist/index.js",
    import: "{ parseArticle }",
    ignore: ["zod"],
    // Target 25 kB (issue 4), not met: the word lists (Arabic text that compresses poorly) are about half,
    // and the generalization rules of this release added some 4 kB.
    limit: "64 kB",
  },
  {
    name: "khabar/schema with zod",
    path: "dist/schema.js",
    import: "{ ArticleSchema }",
    modifyEsbuildConfig: withZod,
    limit: "40 kB",
  },
  {
    name: "parseArticle with zod",
    path: "dist/index.js",
    import: "{ parseArticle }",
    modifyEsbuildConfig: withZod,
    limit: "88 kB",
  },
];
