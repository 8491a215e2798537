#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArticle } from "../index.js";

const [command, ...rest] = process.argv.slice(2);
const pretty = rest.includes("--pretty");
const files = rest.filter((a) => !a.startsWith("--"));
if (command !== "parse" || files.length !== 1) {
  process.stderr.write("usage: khabar parse [--pretty] <file|->\n");
  process.exit(2);
}
const file = files[0] as string;
const text = readFileSync(file === "-" ? 0 : file, "utf8");
process.stdout.write(`${JSON.stringify(parseArticle(text), null, pretty ? 2 : 0)}\n`);
