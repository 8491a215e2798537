export {};

/**
 * `npm run bench`: every benchmark, one after the other in this process so that the baselines they
 * report are measured in the same run. Each module exports `run()`.
 */
const modules = process.argv.slice(2);
const all = ["./normalize.js", "./parse.js", "./scaling.js"];
for (const path of modules.length ? modules.map((m) => `./${m}.js`) : all) {
  try {
    const mod = (await import(path)) as { run?: () => Promise<void> | void };
    if (mod.run) await mod.run();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") continue;
    throw error;
  }
}
