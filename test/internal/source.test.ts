/**
 * The source scanner tells regex literals from divisions, and ignores comments, strings and template text.
 */
import { describe, expect, it } from "vitest";
import { scanSource } from "./source.js";

const literals = (code: string) => scanSource(code).regexLiterals.map((r) => `/${r.source}/${r.flags}`);

describe("scanSource", () => {
  it.each([
    ["a literal after =", "const re = /a+b/gu;", ["/a+b/gu"]],
    [
      "a literal as an argument",
      'text.replace(/[\\\\^$.*+?()[\\]{}|/-]/g, "\\\\$&");',
      ["/[\\\\^$.*+?()[\\]{}|/-]/g"],
    ],
    ["a literal after return", "function f() { return /x/.test(s); }", ["/x/"]],
    ["a class holding a slash", "const r = /[/]+/;", ["/[/]+/"]],
    ["a literal inside a template substitution", "const t = `a\u0024{s.replace(/b/g, '')}c`;", ["/b/g"]],
    ["a division", "const x = a / b / c;", []],
    ["a division after a call and an index", "const y = f(a) / 2 + m[0] / 3;", []],
    ["slashes in strings and comments", "const s = \"/a/\"; // /b/\n/* /c/ */ const u = '/d/';", []],
    ["a shebang line", "#!/usr/bin/env node\nconst a = 1;", []],
    ["slashes in template text", "const t = `/a/ \u0024{x} /b/`;", []],
  ])("%s", (_name, code, expected) => {
    expect(literals(code)).toEqual(expected);
  });

  it("finds RegExp constructions, dynamic code and imports", () => {
    const scan = scanSource(
      'import { a } from "./a.js";\nimport "./side.js";\nexport { b } from "zod";\nconst r = new RegExp(src, "u");\nconst q = RegExp("x");\nconst e = eval("1");\nconst f = new Function("return 1");\nconst g = Function("x");\nconst h = x instanceof RegExp;\nconst m = await import("./lazy.js");\ntype T = Function;',
    );
    expect(scan.regExpCalls).toEqual([4, 5]);
    expect(scan.dynamicCode.map((d) => d.what)).toEqual(["eval", "new Function", "Function"]);
    expect(scan.imports).toEqual(["./a.js", "./side.js", "zod", "./lazy.js"]);
  });
});
