import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { expandInputs, OrderedWriter, readLines, walkDirectory } from "../../src/cli/io.js";

async function collect(chunks: readonly Buffer[]) {
  const out = [];
  for await (const line of readLines(Readable.from(chunks))) out.push([line.text, line.lineNo]);
  return out;
}

describe("readLines", () => {
  it("splits at LF and CRLF, numbers lines, skips blank ones", async () => {
    expect(await collect([Buffer.from('{"a":1}\r\n\n  \n{"b":2}\n{"c":3}')])).toEqual([
      ['{"a":1}', 1],
      ['{"b":2}', 4],
      ['{"c":3}', 5],
    ]);
  });

  it("joins a line cut across chunks, even inside a multi-byte character", async () => {
    const bytes = Buffer.from("سطر أول\nسطر ثان\n");
    // Cut inside the two-byte UTF-8 sequence of the first letter of the second line and mid-first-line.
    const cut = bytes.indexOf(0x0a) + 2;
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, cut), bytes.subarray(cut)];
    expect(await collect(chunks)).toEqual([
      ["سطر أول", 1],
      ["سطر ثان", 2],
    ]);
  });

  it("reports bytes read for progress", async () => {
    const lines = [];
    for await (const line of readLines(Readable.from([Buffer.from("a\n"), Buffer.from("bb\n")])))
      lines.push(line);
    expect(lines.map((l) => l.bytesRead)).toEqual([2, 5]);
  });

  it("reads no further ahead than its consumer (constant memory on a long input)", async () => {
    let produced = 0;
    let consumed = 0;
    let ahead = 0;
    const source = Readable.from(
      (function* () {
        for (; produced < 2000; ) {
          produced++;
          yield Buffer.from(`{"id":${produced}}\n`);
        }
      })(),
    );
    for await (const _line of readLines(source)) {
      consumed++;
      ahead = Math.max(ahead, produced - consumed);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(consumed).toBe(2000);
    expect(ahead).toBeLessThan(64);
  });

  it("gives nothing for an empty stream", async () => {
    expect(await collect([])).toEqual([]);
  });
});

describe("OrderedWriter", () => {
  function sink() {
    let text = "";
    const out = new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    return { out, text: () => text };
  }

  it("writes results in sequence order whatever order they come in", async () => {
    const { out, text } = sink();
    const writer = new OrderedWriter(out);
    writer.put(2, "ج");
    writer.put(0, "أ");
    expect(writer.held).toBe(1);
    writer.put(1, "ب");
    expect(writer.held).toBe(0);
    await writer.end();
    expect(text()).toBe("أ\nب\nج\n");
  });

  it("holds back a result until the ones before it arrive", async () => {
    const { out, text } = sink();
    const writer = new OrderedWriter(out);
    writer.put(1, "ب");
    await writer.end();
    expect(text()).toBe("");
  });

  it("waits for a full stream to drain", async () => {
    const out = new PassThrough({ highWaterMark: 16 });
    const writer = new OrderedWriter(out);
    writer.put(0, "x".repeat(70_000));
    let ready = false;
    const waiting = writer.ready().then(() => {
      ready = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(ready).toBe(false);
    out.resume();
    await waiting;
    expect(ready).toBe(true);
  });
});

describe("walkDirectory and expandInputs", () => {
  const root = mkdtempSync(join(tmpdir(), "khabar-walk-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "b"));
  mkdirSync(join(root, ".git"));
  for (const name of [
    "b/z.txt",
    "b/a.HTML",
    "a.htm",
    "B.text",
    "c.xhtml",
    "notes.md",
    ".hidden.txt",
    ".git/x.txt",
    "d.json",
  ]) {
    writeFileSync(join(root, name), "");
  }

  it("lists page files in path order, skipping hidden files and other extensions", () => {
    expect([...walkDirectory(root)]).toEqual(
      ["B.text", "a.htm", "b/a.HTML", "b/z.txt", "c.xhtml"].map((name) => join(root, name)),
    );
  });

  it("keeps files, missing paths and - as given, and expands directories in place", () => {
    const missing = join(root, "missing.txt");
    expect([...expandInputs(["-", join(root, "b"), missing])]).toEqual([
      "-",
      join(root, "b/a.HTML"),
      join(root, "b/z.txt"),
      missing,
    ]);
  });
});
