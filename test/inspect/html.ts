/**
 * A small HTML reader for the inspector's own output (well-formed, quoted attributes, no comments): enough to
 * check nesting, attributes and text content without a DOM. It throws on a closing tag that does not match.
 */

/** An element of the fragment. */
export interface Node {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (Node | string)[];
}

const VOID = new Set(["meta", "link", "br", "input", "img", "hr"]);
const REFERENCES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#13;": "\r",
  "&#xFFFD;": "\uFFFD",
};

/** Decodes the character references the inspector writes; any other `&` is an error. */
export function decode(text: string): string {
  return text.replace(/&[^;]*;?/g, (ref) => {
    const ch = REFERENCES[ref];
    if (ch === undefined) throw new Error(`unexpected reference ${ref}`);
    return ch;
  });
}

/** Reads `html` into a root node (tag `#root`); the text of `<style>` and `<script>` is kept raw. */
export function parseHtml(html: string): Node {
  const root: Node = { tag: "#root", attrs: {}, children: [] };
  const stack: Node[] = [root];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*\/?>|<!doctype html>/gi;
  let last = 0;
  const top = () => stack[stack.length - 1] as Node;
  const pushText = (end: number) => {
    if (end > last) top().children.push(decodeIn(top().tag, html.slice(last, end)));
  };
  const decodeIn = (parent: string, text: string) =>
    parent === "style" || parent === "script" ? text : decode(text);
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const parent = top().tag;
    if ((parent === "style" || parent === "script") && !(m[1] === "/" && m[2]?.toLowerCase() === parent))
      continue;
    pushText(m.index);
    last = tag.lastIndex;
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    if (m[1] === "/") {
      const open = stack.pop();
      if (open?.tag !== name) throw new Error(`</${name}> closes <${open?.tag}> at ${m.index}`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? "").matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g))
      attrs[a[1] as string] = decode(a[2] ?? "");
    const node: Node = { tag: name, attrs, children: [] };
    top().children.push(node);
    if (!VOID.has(name)) stack.push(node);
  }
  pushText(html.length);
  if (stack.length !== 1) throw new Error(`unclosed <${top().tag}>`);
  return root;
}

/** The text content of a node. */
export function textOf(node: Node | string): string {
  if (typeof node === "string") return node;
  return node.children.map(textOf).join("");
}

/** Every element under `node` (depth first, document order) that `test` accepts. */
export function findAll(node: Node, test: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.children) {
      if (typeof c === "string") continue;
      if (test(c)) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** Whether the node's class list has `name`. */
export function hasClass(node: Node, name: string): boolean {
  return (node.attrs.class ?? "").split(" ").includes(name);
}
