/**
 * Who is who across the article: one entity per speaker, found again from a surname or first name
 * (جاموس → بدر جاموس), a title alone (الوزير، سفير خادم الحرمين الشريفين), a short organisation name
 * (الوزارة → وزارة الآثار المصرية، سانا → وكالة الأنباء الرسمية (سانا)), a definite source (المصدر) or
 * document (البيان → its issuer); and the timeline of subjects that a cue without a subject continues
 * (وتابع:، وأضاف أن، مضيفا، لكنها قالت).
 */
import type { Span } from "../schema.js";
import type { CueForm } from "./cues.js";
import type { Grammar, NounPhrase, Range } from "./speaker.js";
import { fold, foldedWords, isSpace, type Token } from "./text.js";
import type { WordInfo } from "./words.js";

/** Where a paragraph's tokens are: its text, its offset in the normalized text and its index. */
export interface ParagraphRef {
  readonly index: number;
  readonly text: string;
  readonly offset: number;
  readonly tokens: readonly Token[];
  readonly grammar: Grammar;
}

/** A speaker (or a subject that may become one). */
export interface Entity {
  readonly id: number;
  kind: NounPhrase["kind"];
  /** The fullest name seen (for a body or source: its description). */
  name: string;
  /** Folded words of {@link name}. */
  nameKey: string[];
  /** The role from the fullest mention. */
  role: string | null;
  roleKey: string[];
  organization: string | null;
  /** Folded short names in parentheses (سانا). */
  readonly aliases: Set<string>;
  gender: "m" | "f" | null;
  plural: boolean;
  /** Where the entity is named, in normalized-text coordinates. */
  readonly mentions: Span[];
  /** {@link spanKey} of every mention, to add each once. */
  readonly mentionKeys: Set<number | string>;
  /** Whether a quote is attributed to it. */
  quoted: boolean;
  /** Whether it was named as issuing a statement (قال X في بيان). */
  issuedDocument: boolean;
  /** Set on a title-only subject whose title was handed to the named speaker after it. */
  merged: boolean;
  /** {@link Registry.position}s where the person's name was read, in the order read. */
  readonly seen: number[];
  /**
   * A name read without a title in narration (after a nisba): its end is a guess, so it is found only by a
   * surname or first name, or by a name it starts with, and after every person named with more certainty.
   */
  loose: boolean;
}

/** A subject in text order, for continuations. */
interface TimelineEntry {
  readonly entity: Entity;
  readonly paragraph: number;
  readonly token: number;
  /** Whether the subject was named after an auxiliary (وكان X قد …): background narration. */
  readonly background: boolean;
}

const HEH = "\u0647";

/** The text of a token range as written, with hashtag joiners read as spaces and white space collapsed. */
export function rangeText(
  paragraph: ParagraphRef,
  range: Range,
  stripPreposition: boolean | "always" = false,
): string {
  const first = paragraph.tokens[range.start];
  const last = paragraph.tokens[range.end - 1];
  if (!first || !last) return "";
  let text = paragraph.text.slice(first.start, last.end);
  // A name or title never starts with the conjunction: ووزيرة السياحة → وزيرة السياحة.
  if (first.kind === "word" && (paragraph.grammar.word(range.start) as WordInfo).conjunction)
    text = text.slice(1);
  if (stripPreposition && first.kind === "word") {
    const w = paragraph.grammar.word(range.start) as WordInfo;
    const lex = paragraph.grammar.words.lex;
    if (
      w.preposition &&
      (stripPreposition === "always" ||
        w.definite ||
        lex.organizationHeads.has(w.base) ||
        lex.roleTitles.has(w.base) ||
        lex.documentNouns.has(w.base))
    ) {
      // للمرصد → المرصد، بالأمم → الأمم، لوزارة → وزارة
      const k = first.key;
      const cut = k.startsWith("\u0644\u0644") ? 2 : 1;
      text = (cut === 2 ? "\u0627\u0644" : "") + text.slice(cut);
    }
  }
  return collapseSpaces(text);
}

/**
 * `text` with each run of white space (what `String.prototype.trim` removes), `#`, `_` and tatweel (U+0640)
 * read as one space, and none at either end. Kept runs are copied whole: a name is usually one or two runs.
 */
export function collapseSpaces(text: string): string {
  let out = "";
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x23 || c === 0x5f || c === 0x0640 || c === 0xfeff || isSpace(c)) {
      if (run >= 0) out = out === "" ? text.slice(run, i) : `${out} ${text.slice(run, i)}`;
      run = -1;
    } else if (run < 0) run = i;
  }
  if (run >= 0) out = out === "" ? text.slice(run) : `${out} ${text.slice(run)}`;
  return out;
}

/** The folded words of a range (quotation marks and punctuation left out). */
export function rangeKey(
  paragraph: ParagraphRef,
  range: Range,
  stripPreposition: boolean | "always" = false,
): string[] {
  return foldedWords(rangeText(paragraph, range, stripPreposition));
}

/** The number of runs of non-space units of `text` (at least the number of its {@link foldedWords}). */
function runCount(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inRun) runs++;
    inRun = !space;
  }
  return runs;
}

/** Whether `inner` occurs in `outer` as a run of whole words. */
function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let s = 0; s + inner.length <= outer.length; s++) {
    let ok = true;
    for (let j = 0; j < inner.length; j++) {
      if (outer[s + j] !== inner[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

function startsWithRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let j = 0; j < inner.length; j++) if (outer[j] !== inner[j]) return false;
  return true;
}

/** The article's entities, its subject timeline and the fullest organisation names. */
export class Registry {
  readonly entities: Entity[] = [];
  readonly #timeline: TimelineEntry[] = [];
  /** Known person names by each of their words, for cutting names in the grammar. */
  readonly #nameIndex = new Map<string, string[][]>();
  /** Fullest organisation name by the base of its head word. */
  /** Per head word, each fuller name of a body in text order (sizes rise along the list). */
  readonly #organizations = new Map<string, { text: string; size: number; position: number }[]>();
  /**
   * Where the reading is (paragraph × 2^20 + token): a surname finds the person last named before it, not one
   * named only further on (وأضاف العبسي after ماجد العبسي, when ياسر العبسي speaks two paragraphs later).
   */
  position = 0;

  /** Records an organisation chain seen in the article, keeping the fullest one per head. */
  noteOrganization(head: string, text: string, size: number): void {
    if (!this.isFullerOrganization(head, size)) return;
    const entry = { text, size, position: this.position };
    const list = this.#organizations.get(head);
    if (list) list.push(entry);
    else this.#organizations.set(head, [entry]);
  }

  /** Whether a chain of `size` tokens would be the fullest name of `head` so far (its text is then worth reading). */
  isFullerOrganization(head: string, size: number): boolean {
    const list = this.#organizations.get(head);
    return !list || size > (list[list.length - 1] as { size: number }).size;
  }

  /**
   * The fullest organisation name of a head (المرصد → المرصد السوري لحقوق الإنسان), or `null`: among the names
   * read up to the reading position when there is one (وأوضحت الهيئة after الهيئة العامة للإحصاء is that body,
   * not a longer هيئة named further down), else the fullest in the article.
   */
  fullestOrganization(head: string): string | null {
    const list = this.#organizations.get(head);
    if (!list) return null;
    for (let k = list.length - 1; k >= 0; k--) {
      const entry = list[k] as { text: string; position: number };
      if (entry.position <= this.position) return entry.text;
    }
    return (list[list.length - 1] as { text: string }).text;
  }

  /** The length of a known name (or of its surname or first name) at `index`; 0 when none. */
  known(tokens: readonly Token[], index: number): number {
    // (A negative index would be a slow named lookup on the array.)
    const t = index >= 0 ? tokens[index] : undefined;
    if (t?.kind !== "word") return 0;
    const names = this.#nameIndex.get(t.key);
    if (!names) return 0;
    let best = 0;
    for (const name of names) {
      for (let p = 0; p < name.length; p++) {
        if (name[p] !== t.key) continue;
        let len = 1;
        let k = index + 1;
        while (p + len < name.length) {
          // (A nickname's quotation marks, محمود "بيكا" عبد السلام, are skipped like hashtag joiners.)
          let m = k;
          while (tokens[m]?.kind === "joiner" || tokens[m]?.kind === "quote") m++;
          if (tokens[m]?.key !== name[p + len]) break;
          len++;
          k = m + 1;
        }
        // A whole name, its end (the surname) or its first word.
        if (p + len === name.length || p === 0) {
          const span = k - index;
          if (span > best) best = span;
        }
      }
    }
    return best;
  }

  /**
   * Whether the word at `index` is known only as the first word of longer names (a given name: أحمد of أحمد
   * عبد الهادي), never as a whole name or a surname.
   */
  givenNameOnly(tokens: readonly Token[], index: number): boolean {
    const t = index >= 0 ? tokens[index] : undefined;
    if (t?.kind !== "word") return false;
    const names = this.#nameIndex.get(t.key);
    if (!names) return false;
    for (const name of names) {
      for (let p = 0; p < name.length; p++) {
        if (name[p] === t.key && (p > 0 || name.length === 1)) return false;
      }
    }
    return true;
  }

  #floor(): number {
    return Math.max(0, this.entities.length - LOOKBACK);
  }

  /**
   * The latest entity (within {@link LOOKBACK}) that has `alias` (folded words joined by spaces) among its
   * aliases, persons left out when `bodiesOnly`, or `null`.
   */
  findByAlias(alias: string, bodiesOnly: boolean): Entity | null {
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (bodiesOnly && entity.kind === "person") continue;
      if (entity.aliases.has(alias)) return entity;
    }
    return null;
  }

  #indexName(entity: Entity): void {
    if (entity.kind !== "person") return;
    for (const w of entity.nameKey) {
      if (w.length < 2) continue;
      const list = this.#nameIndex.get(w);
      if (list && list.length >= 16) list.shift();
      if (list) list.push(entity.nameKey);
      else this.#nameIndex.set(w, [entity.nameKey]);
    }
  }

  #create(kind: Entity["kind"], name: string, nameKey: string[]): Entity {
    const entity: Entity = {
      id: this.entities.length,
      kind,
      name,
      nameKey,
      role: null,
      roleKey: [],
      organization: null,
      aliases: new Set(),
      gender: null,
      plural: false,
      mentions: [],
      mentionKeys: new Set(),
      quoted: false,
      issuedDocument: false,
      merged: false,
      seen: [],
      loose: false,
    };
    this.entities.push(entity);
    this.#indexName(entity);
    return entity;
  }

  /** The person whose name matches `key` (the same name, a part of it, or a fuller form), latest first. */
  findPerson(key: readonly string[]): Entity | null {
    if (key.length === 0) return null;
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind !== "person") continue;
      const n = entity.nameKey;
      if (n.length === key.length && startsWithRun(n, key)) return entity;
    }
    // A part of a name: the person named last before the reading position; one named only after it when
    // no other is (a later full mention read by the pre-pass).
    let best: Entity | null = null;
    let bestAt = -Infinity;
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind !== "person") continue;
      const n = entity.nameKey;
      const match =
        key.length === 1
          ? n[n.length - 1] === key[0] || n[0] === key[0]
          : entity.loose
            ? startsWithRun(n, key) || startsWithRun(key, n)
            : containsRun(n, key) || containsRun(key, n);
      if (!match) continue;
      const at = this.#lastSeenBefore(entity) - (entity.loose ? LOOSE_PENALTY : 0);
      if (at > bestAt) {
        best = entity;
        bestAt = at;
      }
    }
    return best ?? (key.length === 1 ? this.#cutAtSurname(key[0] as string) : null);
  }

  /** The person whose name ends in `surname` (a name cut there when it ran on, {@link #cutAtSurname}), or `null`. */
  personBySurname(surname: string): Entity | null {
    let best: Entity | null = null;
    let bestAt = -Infinity;
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind !== "person" || entity.nameKey.length < 2) continue;
      if (entity.nameKey[entity.nameKey.length - 1] !== surname) continue;
      const at = this.#lastSeenBefore(entity) - (entity.loose ? LOOSE_PENALTY : 0);
      if (at > bestAt) {
        best = entity;
        bestAt = at;
      }
    }
    return best ?? this.#cutAtSurname(surname);
  }

  /**
   * أحرزت الأمريكية سارة بنسون اللقب … / وقالت بنسون: a name read without a title may have run on over the
   * verb's object (nothing tells the words apart without morphology); a later surname that is an inner word
   * of it tells where it ends, and the name is cut there. Only a person with no role, whose name has a word
   * after the surname and a first name before it.
   */
  #cutAtSurname(surname: string): Entity | null {
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind !== "person" || entity.role !== null) continue;
      const n = entity.nameKey;
      const p = n.indexOf(surname, 1);
      if (p < 1 || p >= n.length - 1) continue;
      const words = entity.name.split(" ");
      if (words.length !== n.length) continue;
      entity.name = words.slice(0, p + 1).join(" ");
      entity.nameKey = n.slice(0, p + 1);
      this.#indexName(entity);
      return entity;
    }
    return null;
  }

  /** The latest place before {@link position} where a person was named; -1 when none (or never recorded). */
  #lastSeenBefore(entity: Entity): number {
    let at = -1;
    for (const s of entity.seen) if (s <= this.position && s > at) at = s;
    return at;
  }

  /** A named person: found again or created, with a fuller name and a longer role when this mention has one. */
  person(name: string, nameKey: string[], role: string | null, organization: string | null): Entity {
    let entity = this.findPerson(nameKey);
    if (!entity) {
      entity = this.#create("person", name, nameKey);
    } else if (nameKey.length > entity.nameKey.length && containsRun(nameKey, entity.nameKey)) {
      entity.name = name;
      entity.nameKey = nameKey;
      this.#indexName(entity);
    }
    if (entity.seen[entity.seen.length - 1] !== this.position) entity.seen.push(this.position);
    if (role) this.giveRole(entity, role, organization);
    return entity;
  }

  /** Moves the reading position to token `token` of paragraph `paragraph`. */
  at(paragraph: number, token: number): void {
    this.position = paragraph * POSITION_STRIDE + Math.min(token, POSITION_STRIDE - 1);
  }

  /** Gives an entity a role when it is longer than the one it has (the fullest mention wins). */
  giveRole(entity: Entity, role: string, organization: string | null): void {
    // A role with no more runs of text than the entity's role has words cannot be longer: not folded again.
    const key = runCount(role) > entity.roleKey.length ? foldedWords(role) : null;
    if (key !== null && key.length > entity.roleKey.length) {
      entity.role = role;
      entity.roleKey = key;
      if (organization || !entity.organization) entity.organization = organization;
      if (
        entity.gender === null &&
        key[0]?.endsWith(HEH) &&
        !key[0].startsWith("\u0627\u0644\u0627\u0645\u064A\u0646")
      )
        entity.gender = "f";
    } else if (organization && !entity.organization) {
      entity.organization = organization;
    }
  }

  /** The person whose role is this title (الوزير، سفير خادم الحرمين الشريفين), latest first. */
  findByRole(roleKey: readonly string[]): Entity | null {
    if (roleKey.length === 0) return null;
    const bareHead = roleKey.length === 1 ? stripArticle(roleKey[0] as string) : null;
    // وأضاف الوزير after a minister was quoted and another named beside him: the title alone goes on with
    // the latest speaker who holds it, before anyone named later who holds it too.
    if (bareHead !== null) {
      const n = this.#timeline.length;
      for (let i = n - 1; i >= 0 && i >= n - 24; i--) {
        const entity = (this.#timeline[i] as TimelineEntry).entity;
        if (!entity.quoted || entity.kind !== "person" || entity.roleKey.length === 0) continue;
        if (stripArticle(entity.roleKey[0] as string) === bareHead) return entity;
      }
    }
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind !== "person" || entity.roleKey.length === 0) continue;
      const r = entity.roleKey;
      if (startsWithRun(r, roleKey) || startsWithRun(roleKey, r)) return entity;
      if (bareHead !== null && stripArticle(r[0] as string) === bareHead) return entity;
    }
    return null;
  }

  /** A body, source, document or group, by its description or alias. */
  body(kind: Entity["kind"], name: string, nameKey: string[], alias: string | null): Entity {
    const joined = nameKey.join(" ");
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind === "person" || entity.kind === "role") continue;
      const n = entity.nameKey;
      if (
        (n.length === nameKey.length && startsWithRun(n, nameKey)) ||
        entity.aliases.has(joined) ||
        (nameKey.length > 1 && kind === "organization" && startsWithRun(n, nameKey))
      ) {
        if (alias) entity.aliases.add(fold(alias));
        return entity;
      }
      if (kind === "organization" && nameKey.length > n.length && n.length > 1 && startsWithRun(nameKey, n)) {
        entity.name = name;
        entity.nameKey = nameKey;
        return entity;
      }
    }
    const entity = this.#create(kind, name, nameKey);
    if (alias) entity.aliases.add(fold(alias));
    return entity;
  }

  /** A title-only subject (no name): the person who holds it, or a new entity named by the title. */
  titled(role: string, roleKey: string[]): Entity {
    const found = this.findByRole(roleKey) ?? this.findByRoleLoosely(roleKey);
    if (found) return found;
    const joined = roleKey.join(" ");
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind === "role" && entity.nameKey.join(" ") === joined) return entity;
    }
    return this.#create("role", role, roleKey);
  }

  /** Whether a title-only subject with this title was named before (a speaker of its own, not a person's title). */
  hasTitled(roleKey: readonly string[]): boolean {
    const joined = roleKey.join(" ");
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind === "role" && entity.nameKey.join(" ") === joined) return true;
    }
    return false;
  }

  /** The latest unnamed source whose head word is `base` (المصدر → مصدر مسؤول في الحكومة). */
  latestSource(base: string): Entity | null {
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind === "anonymous" && entity.nameKey[0] === base) return entity;
    }
    return null;
  }

  /** The latest entity that issued a statement (البيان → its issuer). */
  latestIssuer(): Entity | null {
    for (let i = this.#timeline.length - 1; i >= 0 && i >= this.#timeline.length - LOOKBACK; i--) {
      const entity = (this.#timeline[i] as TimelineEntry).entity;
      if (entity.issuedDocument) return entity;
    }
    return null;
  }

  /** Adds a subject to the timeline and a mention to the entity. */
  mention(entity: Entity, paragraph: number, token: number, span: Span | null, background = false): void {
    this.#timeline.push({ entity, paragraph, token, background });
    if (span) {
      const key = spanKey(span);
      if (!entity.mentionKeys.has(key)) {
        entity.mentionKeys.add(key);
        entity.mentions.push(span);
      }
    }
  }

  /** The latest subject, or `null`. */
  latest(): Entity | null {
    return this.#timeline[this.#timeline.length - 1]?.entity ?? null;
  }

  /** The latest subject in the last `paragraphs` paragraphs before `paragraph` (inclusive), or `null`. */
  latestWithin(paragraph: number, paragraphs: number): TimelineEntry | null {
    const last = this.#timeline[this.#timeline.length - 1];
    return last && paragraph - last.paragraph <= paragraphs ? last : null;
  }

  /**
   * The subject a cue without one continues: the latest subject that agrees with the cue in gender and
   * number among the last few, else the latest. A subject of background narration in an earlier paragraph
   * (the pluperfect وكان المحافظ قد وجه …) yields to an agreeing speaker before it: a paragraph that opens with
   * وتابع: or ولفتت إلى أن goes on with the speaker, not with whoever the aside was about.
   */
  continuation(cue: CueForm, paragraph = -1): Entity | null {
    const n = this.#timeline.length;
    if (n === 0) return null;
    const latest = (this.#timeline[n - 1] as TimelineEntry).entity;
    // The (at most four) distinct entities tried so far.
    const tried: number[] = [];
    let narrated: Entity | null = null;
    for (let i = n - 1; i >= 0 && i >= n - 24 && tried.length < 4; i--) {
      const entry = this.#timeline[i] as TimelineEntry;
      const entity = entry.entity;
      if (tried.includes(entity.id)) continue;
      tried.push(entity.id);
      if (!agrees(entity, cue)) continue;
      if (!entry.background || entity.quoted || entry.paragraph === paragraph || paragraph < 0) return entity;
      if (narrated === null) narrated = entity;
    }
    return narrated ?? latest;
  }

  /** The latest quoted entity among the last few subjects that agrees with `cue` (any when `cue` is `null`). */
  latestSpeaker(cue: CueForm | null): Entity | null {
    const n = this.#timeline.length;
    for (let i = n - 1; i >= 0 && i >= n - 24; i--) {
      const entity = (this.#timeline[i] as TimelineEntry).entity;
      if (entity.quoted && (cue === null || agrees(entity, cue))) return entity;
    }
    return null;
  }

  /**
   * The person whose role starts with this title read without the article on each word (رئيس اللجنة → رئيس
   * لجنة الانضباط في الاتحاد), latest first; two words at least.
   */
  findByRoleLoosely(roleKey: readonly string[]): Entity | null {
    if (roleKey.length < 2) return null;
    for (let e = this.entities.length - 1; e >= this.#floor(); e--) {
      const entity = this.entities[e] as Entity;
      if (entity.kind !== "person" || entity.roleKey.length < roleKey.length) continue;
      let ok = true;
      for (let j = 0; j < roleKey.length && ok; j++)
        ok = stripArticle(entity.roleKey[j] as string) === stripArticle(roleKey[j] as string);
      if (ok) return entity;
    }
    return null;
  }
}

/** Whether an entity can be the subject of a cue by gender and number. */
function agrees(e: Entity, cue: CueForm): boolean {
  return (
    (cue.gender === null || e.gender === null || e.gender === cue.gender || e.plural) &&
    (!cue.plural || e.plural || e.kind === "organization")
  );
}

/**
 * A key that tells spans apart: a number for offsets below 2^23 (exact in a double, and no string to build),
 * else `start:end`.
 */
function spanKey(span: Span): number | string {
  return span.start < 0x800000 && span.end < 0x800000
    ? span.start * 0x800000 + span.end
    : `${span.start}:${span.end}`;
}

/**
 * How many of the latest entities a lookup reads. An article names a few dozen; the bound keeps a hostile
 * input (thousands of distinct names) linear.
 */
export const LOOKBACK = 256;

/** Ranks a {@link Entity.loose} name after every other (positions stay below 2^52). */
const LOOSE_PENALTY = 2 ** 52;

/** Tokens per paragraph in a {@link Registry.position}. */
const POSITION_STRIDE = 0x100000;

function stripArticle(word: string): string {
  return word.startsWith("\u0627\u0644") && word.length > 3 ? word.slice(2) : word;
}
