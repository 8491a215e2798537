/**
 * A small TypeScript scanner for the source tests: it finds regex literals, `RegExp(` constructions,
 * dynamic code (`eval`, `Function`) and imports in the files of src/, skipping comments, strings and
 * template text, and telling a regex literal from a division by the token before the slash.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every .ts file under src/, as paths relative to the root with `/` separators, sorted. */
export function sourceFiles(dir = join(ROOT, "src")): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts")) out.push(relative(ROOT, path).split("\\").join("/"));
  }
  return out.sort();
}

/** A regex literal found in the source. */
export interface RegexLiteral {
  readonly source: string;
  readonly flags: string;
  readonly line: number;
}

/** What the scanner found in one file. */
export interface SourceScan {
  readonly regexLiterals: RegexLiteral[];
  /** Lines of `new RegExp(` or `RegExp(`. */
  readonly regExpCalls: number[];
  /** `eval`, `Function(`, `new Function`, with their lines. */
  readonly dynamicCode: { what: string; line: number }[];
  /** Module specifiers of `import … from "x"`, `import "x"`, `export … from "x"` and `import("x")`. */
  readonly imports: string[];
}

/** Keywords after which a `/` starts a regex literal, not a division. */
const REGEX_AFTER_KEYWORD = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);

const isIdentStart = (c: string) => /[A-Za-z_$\u0080-\uffff]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

/** Scans TypeScript source text. */
export function scanSource(text: string): SourceScan {
  const scan: SourceScan = { regexLiterals: [], regExpCalls: [], dynamicCode: [], imports: [] };
  let i = 0;
  let line = 1;
  // What the previous significant token was: "ident:<name>", "num", "punct:<c>", "string" or "" at the start.
  let prev = "";
  const prevIdents: string[] = [];
  // Open template literals: each entry counts the braces opened inside its current `${ … }`.
  const templates: number[] = [];
  const n = text.length;

  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (text[k] === "\n") line++;
    i = to;
  };

  /** Reads a quoted string starting at `i` (the quote), returns its content. */
  const readString = (quote: string): string => {
    let k = i + 1;
    let value = "";
    while (k < n && text[k] !== quote) {
      if (text[k] === "\\") {
        value += text.slice(k, k + 2);
        k += 2;
      } else value += text[k++];
    }
    advance(k + 1);
    return value;
  };

  /** Reads template text from `i` until a backtick (closing it) or `${` (entering code). */
  const readTemplateText = () => {
    let k = i;
    while (k < n) {
      if (text[k] === "\\") k += 2;
      else if (text[k] === "`") {
        templates.pop();
        advance(k + 1);
        prev = "string";
        return;
      } else if (text[k] === "$" && text[k + 1] === "{") {
        templates[templates.length - 1] = 0;
        advance(k + 2);
        prev = "punct:{";
        return;
      } else k++;
    }
    advance(n);
  };

  if (text.startsWith("#!")) {
    const end = text.indexOf("\n");
    advance(end < 0 ? n : end);
  }
  while (i < n) {
    const c = text[i]!;
    if (c === "\n" || c === " " || c === "\t" || c === "\r") {
      advance(i + 1);
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      advance(end < 0 ? n : end);
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      advance(end < 0 ? n : end + 2);
      continue;
    }
    if (c === "'" || c === '"') {
      const value = readString(c);
      const last = prevIdents.at(-1);
      if (prev === "ident:from" || (prev === "ident:import" && last === "import")) scan.imports.push(value);
      if (prev === "punct:(" && prevIdents.at(-1) === "import") scan.imports.push(value);
      prev = "string";
      continue;
    }
    if (c === "`") {
      templates.push(-1);
      advance(i + 1);
      readTemplateText();
      continue;
    }
    if (templates.length > 0 && templates.at(-1)! >= 0) {
      if (c === "{") templates[templates.length - 1]! += 1;
      if (c === "}") {
        if (templates.at(-1) === 0) {
          templates[templates.length - 1] = -1;
          advance(i + 1);
          readTemplateText();
          continue;
        }
        templates[templates.length - 1]! -= 1;
      }
    }
    if (c === "/") {
      const regexAllowed =
        prev === "" ||
        (prev.startsWith("punct:") && prev !== "punct:)" && prev !== "punct:]") ||
        (prev.startsWith("ident:") && REGEX_AFTER_KEYWORD.has(prev.slice(6)));
      if (regexAllowed) {
        let k = i + 1;
        let inClass = false;
        while (k < n && text[k] !== "\n") {
          const d = text[k];
          if (d === "\\") {
            k += 2;
            continue;
          }
          if (d === "[") inClass = true;
          else if (d === "]") inClass = false;
          else if (d === "/" && !inClass) break;
          k++;
        }
        const source = text.slice(i + 1, k);
        let f = k + 1;
        while (f < n && /[a-z]/.test(text[f]!)) f++;
        scan.regexLiterals.push({ source, flags: text.slice(k + 1, f), line });
        advance(f);
        prev = "num";
        continue;
      }
    }
    if (isIdentStart(c)) {
      let k = i + 1;
      while (k < n && isIdentPart(text[k]!)) k++;
      const word = text.slice(i, k);
      const before = prevIdents.at(-1);
      const afterDot = prev === "punct:.";
      if (word === "RegExp" && !afterDot) {
        const rest = text.slice(k).trimStart();
        if (rest.startsWith("(")) scan.regExpCalls.push(line);
      }
      if ((word === "eval" || word === "Function") && !afterDot) {
        const rest = text.slice(k).trimStart();
        if (rest.startsWith("(") || (before === "new" && prev === "ident:new")) {
          scan.dynamicCode.push({ what: prev === "ident:new" ? `new ${word}` : word, line });
        }
      }
      prevIdents.push(word);
      if (prevIdents.length > 4) prevIdents.shift();
      advance(k);
      prev = `ident:${word}`;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let k = i + 1;
      while (k < n && /[0-9A-Za-z_.]/.test(text[k]!)) k++;
      advance(k);
      prev = "num";
      continue;
    }
    prev = `punct:${c}`;
    if (c !== "(") prevIdents.push("");
    advance(i + 1);
  }
  return scan;
}

/** Scans a file of the repository given relative to the root. */
export function scanFile(path: string): SourceScan {
  return scanSource(readFileSync(join(ROOT, path), "utf8"));
}
