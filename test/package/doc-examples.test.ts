/**
 * The code of every `@example` in the doc comments of src/ is type-checked and run against the source, so
 * that the API reference cannot rot. In an example, `expr; //=> value` (the `//=>` comment at the end of
 * the statement's line, or alone on the next line) means that `expr` must deep-equal `value`; a `//=>` after
 * anything but an expression statement is an error. Imports from "khabar", "khabar/schema" and
 * "khabar/html" are pointed at src/, and names an example uses without importing them are imported from
 * the package's entry points or, failing that, from the module the example documents.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "../../scripts/pack-consumer.js";

/** The package's entry points (package.json `exports`) and the sources tsup builds them from. */
const ENTRY_POINTS: Record<string, string> = {
  khabar: "src/index.ts",
  "khabar/schema": "src/schema.ts",
  "khabar/html": "src/html/index.ts",
};
const OUT = join(REPO, ".tmp", `doc-examples-${process.pid}`);

interface DocExample {
  /** `src/file.ts › name #n`. */
  readonly id: string;
  /** The documented source file. */
  readonly file: string;
  /** The code as written in the comment. */
  readonly code: string;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => join(dir, f))
    .sort();

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function declarationName(node: ts.Statement, sf: ts.SourceFile): string {
  if (ts.isVariableStatement(node))
    return node.declarationList.declarations.map((d) => d.name.getText(sf)).join(", ");
  const name = (node as { name?: ts.Node }).name;
  return name ? name.getText(sf) : "default";
}

/** The body of a `/** … *\/` comment without its delimiters and the leading ` * ` of each line. */
function commentBody(raw: string): string {
  return raw
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n");
}

/** The code of each @example section: its fenced ts/js blocks, or the whole section when it has no fence. */
function examplesInComment(body: string): string[] {
  const sections = body.split(/^(?=@[A-Za-z]+)/m).filter((s) => s.startsWith("@example"));
  const out: string[] = [];
  for (const section of sections) {
    const text = section.replace(/^@example[^\n]*\n?/, "");
    const fences = [...text.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)];
    if (fences.length === 0) {
      if (text.trim()) out.push(text);
      continue;
    }
    for (const fence of fences) {
      if (["ts", "typescript", "js", "javascript", ""].includes(fence[1] ?? "")) out.push(fence[2] ?? "");
    }
  }
  return out;
}

/** Every @example of an exported declaration in src/. */
function collectExamples(): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of sourceFiles(join(REPO, "src"))) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    for (const statement of sf.statements) {
      if (!isExported(statement)) continue;
      const docs = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc);
      const codes = docs.flatMap((doc) => examplesInComment(commentBody(doc.getText(sf))));
      codes.forEach((code, i) => {
        const where = `${relative(REPO, file)} › ${declarationName(statement, sf)}`;
        examples.push({ id: codes.length > 1 ? `${where} #${i + 1}` : where, file, code });
      });
    }
  }
  return examples;
}

/** Names bound at the top level of the example (imports and declarations), which need no auto-import. */
function boundNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of sf.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const el of bindings.elements) names.add(el.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) bind(d.name);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** Identifiers that refer to a binding (not property names after a dot or keys of object literals). */
function referencedNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node) ||
        (ts.isImportSpecifier(parent) && parent.propertyName === node);
      if (!isMemberName) names.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}

interface ModuleExports {
  readonly values: Set<string>;
  readonly types: Set<string>;
}

/** What a module exports, split into values and type-only names (the latter need `import type`). */
function exportsOf(program: ts.Program, file: string): ModuleExports {
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(file);
  const symbol = sf && checker.getSymbolAtLocation(sf);
  const values = new Set<string>();
  const types = new Set<string>();
  for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    (target.flags & ts.SymbolFlags.Value ? values : types).add(exported.name);
  }
  return { values, types };
}

const importPath = (from: string, to: string): string => {
  const path = relative(dirname(from), to).replace(/\.ts$/, ".js");
  return path.startsWith(".") ? path : `./${path}`;
};

/**
 * The example as a module: imports pointed at src/, missing imports added, and every `expr; //=> value`
 * turned into a check.
 */
function toModule(example: DocExample, target: string, exportsByFile: Map<string, ModuleExports>): string {
  const sf = ts.createSourceFile("example.ts", example.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const entry = ENTRY_POINTS[specifier.text];
    const resolved = entry
      ? join(REPO, entry)
      : specifier.text.startsWith(".")
        ? join(dirname(example.file), specifier.text)
        : undefined;
    if (resolved) {
      edits.push({
        start: specifier.getStart(sf),
        end: specifier.end,
        text: JSON.stringify(importPath(target, resolved)),
      });
    }
  }
  const statements = sf.statements;
  statements.forEach((statement, i) => {
    const next = statements[i + 1];
    const gap = example.code.slice(statement.end, next ? next.getStart(sf) : example.code.length);
    // Only comments and blank space may stand between the statement and its `//=>`.
    const arrow = /^[ \t]*(?:\r?\n[ \t]*)?\/\/=>[ \t]?([^\n]*)/.exec(gap);
    if (!arrow) return;
    const line = sf.getLineAndCharacterOfPosition(statement.getStart(sf)).line + 1;
    if (!ts.isExpressionStatement(statement)) {
      throw new Error(`${example.id}, line ${line}: //=> must follow an expression statement`);
    }
    const expression = statement.expression.getText(sf);
    const expected = (arrow[1] ?? "").trim();
    edits.push({
      start: statement.getStart(sf),
      end: statement.end,
      text: `__check((${expression}), (${expected}), ${JSON.stringify(`${expression} //=> ${expected}`)}, ${line});`,
    });
  });
  edits.sort((a, b) => b.start - a.start);
  let code = example.code;
  for (const edit of edits) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);

  const bound = boundNames(sf);
  const wanted = [...referencedNames(sf)].filter((name) => !bound.has(name));
  const sources = [...Object.values(ENTRY_POINTS).map((e) => join(REPO, e)), example.file];
  const imports = new Map<string, { values: string[]; types: string[] }>();
  for (const name of wanted) {
    for (const source of sources) {
      const exported = exportsByFile.get(source);
      const kind = exported?.values.has(name) ? "values" : exported?.types.has(name) ? "types" : undefined;
      if (!kind) continue;
      const entry = imports.get(source) ?? { values: [], types: [] };
      entry[kind].push(name);
      imports.set(source, entry);
      break;
    }
  }
  const header = [`import { __check } from "./__check.js";`];
  for (const [source, { values, types }] of imports) {
    const path = JSON.stringify(importPath(target, source));
    if (values.length) header.push(`import { ${values.join(", ")} } from ${path};`);
    if (types.length) header.push(`import type { ${types.join(", ")} } from ${path};`);
  }
  return `// ${example.id}\n${header.join("\n")}\n${code}\nexport {};\n`;
}

const CHECK_MODULE = `import { expect } from "vitest";

/** \`expr; //=> value\` in an @example: expr must deep-equal value. */
export function __check(actual: unknown, expected: unknown, source: string, line: number): void {
  expect(actual, \`example line \${line}: \${source}\`).toEqual(expected);
}
`;

const examples = collectExamples();
const files = examples.map((_, i) => join(OUT, `example-${String(i).padStart(3, "0")}.ts`));

/** Writes every example as a module and type-checks them together; returns the diagnostics. */
function writeAndCheck(): string[] {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    typeRoots: [join(REPO, "node_modules", "@types")],
  };
  const entryFiles = [
    ...Object.values(ENTRY_POINTS).map((e) => join(REPO, e)),
    ...new Set(examples.map((e) => e.file)),
  ];
  const sourceProgram = ts.createProgram(entryFiles, options);
  const exportsByFile = new Map(entryFiles.map((file) => [file, exportsOf(sourceProgram, file)]));
  writeFileSync(join(OUT, "__check.ts"), CHECK_MODULE);
  examples.forEach((example, i) => {
    const file = files[i] as string;
    writeFileSync(file, toModule(example, file, exportsByFile));
  });
  const program = ts.createProgram([...files, join(OUT, "__check.ts")], options, undefined, sourceProgram);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(OUT))
    .map((d) => {
      const { line } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? { line: 0 };
      const id = examples[files.indexOf(d.file?.fileName ?? "")]?.id ?? d.file?.fileName;
      return `${id} (generated line ${line + 1}): ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
}

describe("@example code in the doc comments of src/", () => {
  const diagnostics = examples.length > 0 ? writeAndCheck() : [];
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it("finds the examples", () => {
    console.log(`${examples.length} @example blocks:\n  ${examples.map((e) => e.id).join("\n  ")}`);
    expect(examples.length).toBeGreaterThan(0);
  });

  it("type-checks every example (strict, against src/)", { timeout: 300_000 }, () => {
    expect(diagnostics).toEqual([]);
  });

  it.each(examples.map((example, i) => [example.id, files[i] as string]))("%s runs", async (_id, file) => {
    await import(pathToFileURL(file).href);
  });
});

/** The functions each entry point exports, with whether their doc comment has a summary and an @example. */
function documentedFunctions(): { name: string; summary: boolean; example: boolean }[] {
  const program = ts.createProgram(
    Object.values(ENTRY_POINTS).map((e) => join(REPO, e)),
    { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const out: { name: string; summary: boolean; example: boolean }[] = [];
  for (const [entry, file] of Object.entries(ENTRY_POINTS)) {
    const sf = program.getSourceFile(join(REPO, file));
    const module = sf && checker.getSymbolAtLocation(sf);
    for (const exported of module ? checker.getExportsOfModule(module) : []) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(target.flags & ts.SymbolFlags.Function)) continue;
      const declarations = target.getDeclarations() ?? [];
      const docs = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d).filter(ts.isJSDoc));
      out.push({
        name: `${entry}: ${exported.name}`,
        summary: docs.some((doc) => ts.getTextOfJSDocComment(doc.comment)?.trim()),
        example: docs.some((doc) => (doc.tags ?? []).some((tag) => tag.tagName.text === "example")),
      });
    }
  }
  return out;
}

describe("the API reference", () => {
  const functions = documentedFunctions();
  it("covers the functions of every entry point", () => {
    expect(functions.map((f) => f.name)).toContain("khabar: parseArticle");
  });
  it.each(functions.map((f) => [f.name, f]))("%s has a summary and an @example", (_name, fn) => {
    expect(fn.summary, "summary").toBe(true);
    expect(fn.example, "@example").toBe(true);
  });
});

describe("the example harness", () => {
  const run = (code: string): string =>
    toModule(
      { id: "test", file: join(REPO, "src", "index.ts"), code },
      join(OUT, "t.ts"),
      new Map([
        [join(REPO, "src", "index.ts"), { values: new Set(["parseArticle"]), types: new Set(["Article"]) }],
      ]),
    );

  it.each([
    ["a trailing //=>", "f(1); //=> 2", "__check((f(1)), (2)"],
    ["a //=> on the next line", "f(1);\n//=> [1, 2]", "__check((f(1)), ([1, 2])"],
    ["a multi-line expression", "f(\n  1,\n); //=> 3", "__check((f(\n  1,\n)), (3)"],
  ])("turns %s into a check", (_what, code, expected) => {
    expect(run(code)).toContain(expected);
  });

  it("leaves a statement with no //=> alone, and a //=> further down for its own statement", () => {
    const out = run("f(1);\n\nconst x = 2;\nx; //=> 2");
    expect(out).toContain("f(1);\n");
    expect(out).toContain("__check((x), (2)");
  });

  it("rejects a //=> after a declaration, which it could not check", () => {
    expect(() => run("const x = 1; //=> 1")).toThrow(/must follow an expression statement/);
  });

  it("imports what the example uses from the entry points, types with import type", () => {
    const out = run("const a: Article = parseArticle('');\na.title;");
    expect(out).toMatch(/^import \{ parseArticle \} from "\.\.\/\.\.\/src\/index\.js";$/m);
    expect(out).toMatch(/^import type \{ Article \} from "\.\.\/\.\.\/src\/index\.js";$/m);
  });

  it("keeps the example's own imports, pointed at src/, and adds none for names it binds", () => {
    const out = run('import { parseArticle } from "khabar";\nconst title = parseArticle("").title;');
    expect(out).toContain('import { parseArticle } from "../../src/index.js";');
    expect(out.match(/import \{ parseArticle \}/g)).toHaveLength(1);
  });

  it("extracts fenced and unfenced @example sections, and no other tag", () => {
    expect(examplesInComment("Sums.\n@example\n```ts\na(1); //=> 1\n```\n@param x - y")).toEqual([
      "a(1); //=> 1\n",
    ]);
    expect(examplesInComment("@example\nb(2);\n@returns z")).toEqual(["b(2);\n"]);
    expect(examplesInComment("@param x - ```ts\nnot(an, example)\n```")).toEqual([]);
    expect(examplesInComment("@example\n```json\n{}\n```")).toEqual([]);
  });
});
