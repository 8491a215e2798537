/**
 * Quote attribution over the body paragraphs in reading order. Per paragraph, in one left-to-right walk over
 * its tokens:
 *
 * 1. at each sentence start, a subject named before or after its verb joins the subject timeline (so that a
 *    later `وأضاف` knows who is speaking even when the first verb was not a speech verb);
 * 2. at each speech cue outside a quotation, the speaker's noun phrase is read after the verb (VSO), before
 *    it (SVO: لكن X قال)، or taken from the timeline (a cue without subject continues); then the content is
 *    looked for: a complementizer (أن، إن، بأن، إلى أن …), a colon or a quotation. A cue with none of them is
 *    no quote (نفى التسبب، أعلن إطلاق);
 * 3. a trailing attribution with a verb (… بحسب ما قالته X) attributes the clause or quotation before it;
 *    a quotation placed before its cue ("…"، هكذا فسر X) is attributed to that cue;
 * 4. a paragraph that is nothing but a quotation continues the quote of the paragraph before it.
 */
import type { Lexicon } from "../lexicon/index.js";
import type { Paragraph, Quote, Span, Speaker } from "../schema.js";
import { type Entity, type ParagraphRef, Registry, rangeKey, rangeText } from "./coref.js";
import { type CompiledQuotes, type CueForm, compileQuotes } from "./cues.js";
import { IntArrays, type MarkPairing, markArraysSize, pairMarks, wordsBetween } from "./marks.js";
import { Grammar, type NounPhrase, type Range } from "./speaker.js";
import { isColon, isComma, isDash, isDigit, isSentenceEnd, type Token, tokenize } from "./text.js";
import { type WordInfo, Words } from "./words.js";

/** Quotes and their speakers, with spans in the coordinates of the paragraphs given. */
export interface QuoteFindings {
  /** Every quote, in text order. */
  readonly quotes: Quote[];
  /** Every distinct speaker, once. */
  readonly speakers: Speaker[];
}

/** How far after a cue its content may start, in tokens (the adjunct: في كلمة له بالمقر الجديد داخل …). */
const CONTENT_WINDOW = 45;
/** How far after a participle its content may start (مشيرا إلى أن، قائلا: "…"). */
const PARTICIPLE_CONTENT_WINDOW = 4;
/** The same after a participle that an adjunct follows (مضيفا في منشور على صفحته في فيسبوك: "…"). */
const PARTICIPLE_ADJUNCT_WINDOW = 12;
/** Fewest words of a quotation met after the adjunct without comma or colon that counts as the content. */
const FREE_QUOTATION_WORDS = 5;
/** The same for a cue that is also a common noun or preposition (بين، ذكر، وصف). */
const WEAK_CONTENT_WINDOW = 16;
/** How many tokens before a title with a pronoun suffix its body may be named (أما نقابة …، فقد أكد منسقها). */
const ANTECEDENT_WINDOW = 30;
/** Words an aside between a fronted subject and its verb may hold (وهو سائق أجرة من حي …، الذي يعمل …). */
const ASIDE_WORDS = 16;
/** How many tokens a dateline before a colon may take at a paragraph's start (أحمد علي- وكالة X- الموصل:). */
const DATELINE_TOKENS = 12;

/** A paragraph with its tokens, quotation marks and sentence bounds. */
interface Doc extends ParagraphRef {
  readonly marks: MarkPairing;
  /** For each token: the index of the sentence-final token at or after it outside quotations (or the token count). */
  readonly sentenceEnd: ArrayLike<number>;
  /** For each token: the index where an indirect quote that contains it ends (sentence end or a contrast clause). */
  readonly clauseEnd: ArrayLike<number>;
  /** For each token: the index of the first token of its sentence. */
  readonly sentenceStart: ArrayLike<number>;
}

/** For each token of a paragraph: 1 once a cue or attribution has used it (one array reused by every paragraph, see walk). */
type Consumed = number[];

/** A quote before its speaker's entity is final. */
interface Draft {
  readonly paragraph: number;
  readonly kind: "direct" | "indirect";
  readonly start: number;
  readonly end: number;
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  readonly entity: Entity | null;
  readonly speakerSpan: Span | null;
  readonly confidence: number;
  /** Token index of the cue (or of the content start) for ordering within the paragraph. */
  readonly order: number;
  /** Whether the content ran to the end of the paragraph inside an open quotation. */
  readonly unclosed: boolean;
  readonly sentence: number;
}

/** The content a cue introduces. */
interface Content {
  /** Whether the content is a quotation met without complementizer or colon before it. */
  readonly viaBareQuotation?: boolean;
  readonly kind: "direct" | "indirect";
  readonly start: number;
  readonly end: number;
  /** Token index where the content's quotation closes (direct), to skip cues inside it. */
  readonly lastToken: number;
  readonly unclosed: boolean;
}

/** How many integers {@link buildDoc} takes from its {@link IntArrays} for a paragraph of `tokens` tokens. */
/** Words of the longest name without a title that the pre-pass registers (longer runs are seldom one name). */
const MAX_BARE_NAME = 6;
/** Most words of an outlet's name in quotation marks after لـ (لـ"مدار 24"، لـ"الشرق الأوسط"). */
const MAX_OUTLET_WORDS = 4;

function docArraysSize(tokens: number): number {
  return markArraysSize(tokens) + 3 * (tokens + 1);
}

function buildDoc(
  paragraph: Paragraph,
  index: number,
  tokens: Token[],
  words: Words,
  registry: Registry,
  arrays: IntArrays,
): Doc {
  const marks = pairMarks(tokens, paragraph.text, arrays);
  const grammar = new Grammar(tokens, marks, words, registry);
  const n = tokens.length;
  const lex = words.lex;
  const sentenceEnd = arrays.take(n + 1);
  const clauseEnd = arrays.take(n + 1);
  sentenceEnd[n] = n;
  clauseEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    const outside = (marks.inside[i] as number) < 0;
    const ends = outside && isSentenceEnd(t) && !isAbbreviation(tokens, i);
    sentenceEnd[i] = ends ? i : (sentenceEnd[i + 1] as number);
    // An indirect quote ends at the end of its sentence or where the narrator's next clause starts (…، لكن …).
    const breaks =
      outside &&
      isComma(t) &&
      (grammar.phraseAt(i + 1, lex.clauseBreakers) > 0 ||
        (tokens[i + 1]?.key.startsWith("\u0644\u0643\u0646") ?? false));
    // …، على حد تعبيره / … بحسب ما قاله X: a trailing attribution is not part of the content.
    const trailing = outside && grammar.phraseAt(i, lex.trailingIntroducers) > 0;
    clauseEnd[i] = breaks || trailing || ends ? i : (clauseEnd[i + 1] as number);
  }
  const sentenceStart = arrays.take(n + 1);
  let start = 0;
  for (let i = 0; i < n; i++) {
    sentenceStart[i] = start;
    if (sentenceEnd[i] === i) start = i + 1;
  }
  sentenceStart[n] = start;
  return {
    clauseEnd,
    index,
    text: paragraph.text,
    offset: paragraph.span.start,
    tokens,
    grammar,
    marks,
    sentenceEnd,
    sentenceStart,
  };
}

/** A `.` after a one-letter word (د. محمد) is an abbreviation, not the end of a sentence. */
function isAbbreviation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.key !== ".") return false;
  const prev = tokens[i - 1];
  return prev !== undefined && prev.kind === "word" && prev.key.length === 1 && prev.end === t.start;
}

/** Finds the quotes of the body paragraphs and attributes each to its speaker. */
export function attributeQuotes(paragraphs: readonly Paragraph[], lexicon: Lexicon): QuoteFindings {
  const lex = compileQuotes(lexicon);
  const words = new Words(lex);
  const registry = new Registry();
  // Every paragraph is tokenized first, so that the integer arrays of all of them come from one buffer.
  const tokenized: Token[][] = [];
  let size = 0;
  for (const p of paragraphs) {
    const tokens = tokenize(p.text);
    tokenized.push(tokens);
    size += docArraysSize(tokens.length);
  }
  const arrays = new IntArrays(size);
  const docs: Doc[] = [];
  for (let i = 0; i < paragraphs.length; i++)
    docs.push(buildDoc(paragraphs[i] as Paragraph, i, tokenized[i] as Token[], words, registry, arrays));
  const run = new Attribution(lex, words, registry, docs);
  const findings = run.findings();
  // The findings hold spans and texts only, never a view of the arrays.
  arrays.release();
  return findings;
}

class Attribution {
  readonly lex: CompiledQuotes;
  readonly words: Words;
  readonly registry: Registry;
  readonly docs: readonly Doc[];
  readonly drafts: Draft[] = [];
  /** A cue whose content is the next paragraph (its colon ended its own). */
  pending: Pick<Draft, "cue" | "cueSpan" | "entity" | "speakerSpan" | "confidence"> | null = null;
  /** Scratch {@link Consumed} flags of the paragraph being walked. */
  readonly #consumed: Consumed = [];
  /** End (normalized offset) of the latest indirect content: subjects inside reported content are not speakers. */
  contentEnd = -1;

  constructor(lex: CompiledQuotes, words: Words, registry: Registry, docs: readonly Doc[]) {
    this.lex = lex;
    this.words = words;
    this.registry = registry;
    this.docs = docs;
  }

  findings(): QuoteFindings {
    for (const doc of this.docs) this.notePeople(doc);
    let previousHadQuote = false;
    let previousUnclosed = false;
    for (const doc of this.docs) {
      const before = this.drafts.length;
      const whole = this.handOver(doc);
      const bare =
        whole || this.bareQuotation(doc, previousHadQuote) || (previousUnclosed && this.runOn(doc));
      if (!bare) this.walk(doc);
      previousHadQuote = this.drafts.length > before;
      previousUnclosed = previousHadQuote && this.drafts[this.drafts.length - 1]?.unclosed === true;
    }
    return this.finish();
  }

  // ---------------------------------------------------------------- helpers

  span(doc: Doc, range: Range): Span | null {
    const first = doc.tokens[range.start];
    const last = doc.tokens[range.end - 1];
    if (!first || !last) return null;
    return { start: doc.offset + first.start, end: doc.offset + last.end };
  }

  word(doc: Doc, i: number): WordInfo | null {
    return doc.grammar.word(i);
  }

  /** The index of the quotation opened at `i`, or -1. */
  opensAt(doc: Doc, i: number): number {
    const q = doc.marks.markOf[i] ?? -1;
    return q >= 0 && doc.marks.quotations[q]?.open === i ? q : -1;
  }

  /** Whether token `i` lies inside a closed quotation (speech quoted inside a quote is not annotated). */
  insideClosed(doc: Doc, i: number): boolean {
    let q = doc.marks.inside[i] ?? -1;
    while (q >= 0) {
      const quotation = doc.marks.quotations[q];
      if (!quotation) return false;
      if (quotation.close >= 0 && quotation.open !== i) return true;
      // An unclosed quotation: its parent may still be closed.
      q = -1;
    }
    return false;
  }

  // ---------------------------------------------------------------- pre-pass: names with titles

  /**
   * Reads every title + name (and name + title) of a paragraph into the registry before attribution, so that a
   * later surname finds the fullest name and role; and notes every organisation chain, so that a short name
   * finds the fullest one.
   */
  notePeople(doc: Doc): void {
    const g = doc.grammar;
    const n = doc.tokens.length;
    for (let i = 0; i < n; i++) {
      const w = this.word(doc, i);
      if (!w) continue;
      if (this.insideClosed(doc, i)) continue;
      this.registry.at(doc.index, i);
      if (w.organization || g.phraseAt(i, this.lex.organizationPhrases, true) > 0) {
        const org = g.organization(i);
        if (org && !w.role) {
          const key = this.organizationHead(doc, i);
          const size = org.range.end - org.range.start;
          // The text is read only for a fuller name (a run of heads, الائتلاف الائتلاف …, would read each chain).
          if (this.registry.isFullerOrganization(key, size)) {
            // شركة “رمال الخليج العقارية”: the name in quotation marks after a type noun is the body's name.
            const close = w.organizationType && !w.definite ? g.shortQuotation(i + 1, 6) : -1;
            const named = close === org.range.end - 1 ? { start: i + 2, end: close } : org.range;
            this.registry.noteOrganization(key, rangeText(doc, named, true), size);
          }
        }
      }
      if ((w.role || w.relation) && !w.anonymous && !this.verbHomograph(doc, i)) {
        const r = g.role(i);
        if (!r) continue;
        let h = g.skipHonorifics(r.end);
        // ووزيرة السياحة، رانيا المشاط; مدير عام الدائرة، الدكتور حيدر جاسم الكعبي.
        const apposed = g.appositionName(h);
        if (isComma(doc.tokens[h]) && !apposed && g.nameStarts(h + 1)) h = g.skipHonorifics(h + 1);
        const nm = apposed ?? g.name(h);
        // (وطالب رئيس الحملة بضرورة إنشاء …: a word with a glued ب/ل (U+0628/U+0644) right after a title opens
        // the verb's complement, not a name.)
        // (A name may open with these letters, بلال، لمى: only a run that does not end the phrase is read so.)
        const glued = nm !== null ? this.word(doc, nm.start) : null;
        const complement =
          nm?.start === r.end &&
          glued?.preposition === true &&
          (glued.key.startsWith("\u0628") || glued.key.startsWith("\u0644")) &&
          !g.endsPhrase(nm.end) &&
          this.registry.known(doc.tokens, nm.start) === 0;
        if (nm && nm.end - nm.start >= 2 && !complement) {
          this.registerPerson(doc, nm, r, null);
          i = nm.end - 1;
        }
        continue;
      }
      if (w.nameLike && !w.definite) {
        const prev = this.word(doc, i - 1);
        if (prev?.nameLike && !prev.definite) continue;
        // ورأى رائد حمدان، الأمين العام …: a weak speech verb (رأى، ذكر) that opens the sentence before a name is
        // the verb, not a given name.
        const verbFirst = this.weakVerbBeforeName(doc, i);
        const nm = g.name(verbFirst ? i + 1 : i);
        if (!nm || nm.end - nm.start < 2) continue;
        let k = nm.end;
        if (isComma(doc.tokens[k])) k++;
        const after = this.word(doc, k);
        if (after && (after.role || after.relation) && !after.anonymous) {
          const np = g.withTrailingRole({
            start: nm.start,
            end: k,
            kind: "person",
            name: nm,
            role: null,
            description: null,
            issuer: null,
            affiliation: null,
            alias: null,
            plural: false,
          });
          if (np.role) {
            this.registerPerson(doc, nm, np.role, null);
            i = np.end - 1;
            continue;
          }
        }
        if (verbFirst) continue;
        // فاز الماليزي إيفان تان … / وقال تان: a person named in narration with only a nisba before the name (no
        // title) is known too, so that a later surname finds the whole name.
        // (الاتحاد الوطني لطلبة المغرب: a nisba after a body's head is its adjective; a name has no ل/ب glued.)
        // (الشخصيات السورية السياسية ويشغلها: a nisba after another definite word is that noun's adjective.)
        const head = this.word(doc, i - 2);
        if (
          nm.end - nm.start <= MAX_BARE_NAME &&
          !w.preposition &&
          !w.conjunction &&
          !(head?.organization || head?.organizationType || head?.definite) &&
          g.skipNisba(i - 1) === i
        ) {
          const entity = this.registerPerson(doc, nm, null, null);
          if (entity.role === null && entity.seen.length === 1) entity.loose = true;
          i = nm.end - 1;
        }
      }
    }
  }

  /** The base of an organisation head word (بالأمم → امم), the key of the fullest-name index. */
  organizationHead(doc: Doc, i: number): string {
    const w = this.word(doc, i) as WordInfo;
    return w.base;
  }

  /** The person named by `name` (its folded words `nameKey`, when the caller has them already). */
  registerPerson(
    doc: Doc,
    name: Range,
    role: Range | null,
    affiliation: Range | null,
    nameKey: string[] = rangeKey(doc, name),
    gluedPreposition = false,
  ): Entity {
    const nameText = rangeText(doc, name, gluedPreposition ? "always" : false);
    // (التقى الوفد بوزير الخارجية X، الذي قال: the title glued to the verb's preposition is written without it.)
    const roleText = role ? rangeText(doc, role, true) : null;
    const org = this.organizationOf(doc, role, affiliation);
    return this.registry.person(nameText, nameKey, roleText, org);
  }

  /**
   * Whether the word at `i` is a weak speech verb (رأى، ذكر، وصف) at the start of a sentence, with و/ف or after
   * no speech verb, and a name after it: VSO order, so the name is its subject (ذكر وليد الكبيسي، مدير …).
   */
  weakVerbBeforeName(doc: Doc, i: number): boolean {
    const w = this.word(doc, i);
    if (!w) return false;
    if (doc.sentenceStart[i] !== i && !isComma(doc.tokens[i - 1])) return false;
    const next = this.word(doc, i + 1);
    if (!(next?.nameLike === true && !next.definite && !next.cue && doc.grammar.nameStarts(i + 1)))
      return false;
    if (w.weakCue && w.cue?.type === "verb" && !w.cue.imperfect) return true;
    // وزار طارق الرفاعي، نائب رئيس …: an unknown word with و (U+0648) that opens the sentence is a verb (news
    // sentences open with one) when a name of two words or more with a title set off by a comma follows.
    if (!(w.key.startsWith("\u0648") && w.key.length > 3 && !w.cue && doc.sentenceStart[i] === i))
      return false;
    const nm = doc.grammar.name(i + 1);
    if (!nm || nm.end - nm.start < 2 || !isComma(doc.tokens[nm.end])) return false;
    const title = this.word(doc, nm.end + 1);
    return title !== null && (title.role || title.relation) && !title.anonymous;
  }

  /** The organisation a person speaks for: named in the role (الناطق باسم الجيش الوطني) or apart from it. */
  organizationOf(doc: Doc, role: Range | null, affiliation: Range | null): string | null {
    const g = doc.grammar;
    const range = (role && g.organizationIn(role)) ?? affiliation;
    const ministry = !range && role ? this.deputyMinistry(doc, role) : null;
    if (ministry) return ministry;
    if (!range) {
      const antecedent = role && this.antecedentBody(doc, role.start);
      return antecedent ? rangeText(doc, antecedent, true) : null;
    }
    let start = range.start;
    const head = this.word(doc, start);
    // نادي تشيلسي → تشيلسي: the type noun before a proper name is not part of it.
    if (head?.organizationType && !head.definite) {
      const next = this.word(doc, start + 1);
      if (next?.nameLike && !next.definite) start++;
    }
    const r = { start, end: range.end };
    // المفوضية بالولاية، المنظمة في اليمن: a head word with only where it is after it names the body too.
    const place = r.end - r.start === 2 ? this.word(doc, r.start + 1) : null;
    const placed =
      (r.end - r.start > 1 && g.placeTail(r.start + 1, r.end) === r.end) ||
      (place?.preposition === true && place.definite && this.lex.placeNouns.has(place.base));
    if (
      r.end - r.start === 1 ||
      (placed && (this.word(doc, r.start)?.definite ?? false)) ||
      (r.end - r.start === 2 && doc.tokens[r.start]?.kind === "quote")
    ) {
      // A head word alone (الائتلاف، المرصد، الوزارة): the fullest name of that body in the article.
      const full = this.registry.fullestOrganization(this.organizationHead(doc, r.start));
      if (full) return full;
    }
    // لسموحة → سموحة: a body's name never starts with a glued ل.
    const first = this.word(doc, r.start);
    const glued = first?.preposition === true && first.key.startsWith("\u0644");
    return rangeText(doc, r, glued ? "always" : true);
  }

  /**
   * نائب وزير الإسكان والمرافق لشئون المرافق → وزارة الإسكان والمرافق: a minister's deputy speaks for the
   * ministry, named by the minister's portfolio (its definite words, joined by و; a complement with ل, a place
   * or a masculine nisba agreeing with the minister, الخارجية التركي، is no part of it); else `null`.
   */
  deputyMinistry(doc: Doc, role: Range): string | null {
    const deputy = this.word(doc, role.start);
    const minister = this.word(doc, role.start + 1);
    if (!deputy || !minister || deputy.definite || !this.lex.deputyTitles.has(deputy.key)) return null;
    const ministry = this.lex.ministryOfTitle.get(minister.key);
    if (ministry === undefined) return null;
    let end = role.start + 2;
    while (end < role.end) {
      const w = this.word(doc, end);
      const written = (doc.tokens[end] as Token).text;
      if (!w?.definite || w.preposition || w.role || w.time || w.breaker || written.endsWith("\u064A")) break;
      end++;
    }
    if (end === role.start + 2) return null;
    return `${ministry} ${rangeText(doc, { start: role.start + 2, end }, true)}`;
  }

  /**
   * The body a title with a pronoun suffix belongs to (أما نقابة "الأفق"، فقد أكد منسقها الوطني): the nearest
   * body named before it in the paragraph, within a sentence or two; `null` when the title has no pronoun
   * suffix or no body stands before it.
   */
  antecedentBody(doc: Doc, at: number, anyHead = false): Range | null {
    const head = this.word(doc, at);
    if (!anyHead && (!head?.role || head.definite || head.preposition || this.lex.roleTitles.has(head.base)))
      return null;
    const g = doc.grammar;
    for (let k = at - 1; k >= 0 && k >= at - ANTECEDENT_WINDOW; k--) {
      const w = this.word(doc, k);
      if (!w?.organization || w.role) continue;
      // (A head alone, حملة، is no named body.)
      const org = g.organization(k);
      if (org && org.range.end <= at && org.range.end - org.range.start > 1) return org.range;
    }
    return null;
  }

  // ---------------------------------------------------------------- resolution

  /** The entity a noun phrase names. */
  resolve(doc: Doc, np: NounPhrase, cue: CueForm | null): Entity | null {
    const g = doc.grammar;
    let entity: Entity | null = null;
    // وأضاف المسؤول، وأوضح الأخير: a word that points back names the last speaker, when there is one.
    const single = np.end - np.start === 1 ? this.word(doc, np.start) : null;
    if (single !== null && this.lex.backReferences.has(single.bare)) {
      const last = this.lastQuoted();
      if (last) return last;
    }
    // وتابعت المسؤولة في الوزارة، وتابعت المتحدثة ذاتها: a pointing word with only a place or ذاته after it
    // names the last speaker who agrees with the cue.
    if (np.name === null && this.pointsBack(doc, np)) {
      const last = this.registry.latestSpeaker(cue);
      if (last) return last;
    }
    const epithet = np.name === null ? this.epithetOf(doc, np, cue) : null;
    if (epithet) return epithet;
    switch (np.kind) {
      case "person": {
        if (!np.name) return null;
        const key = rangeKey(doc, np.name);
        const joined = key.join(" ");
        const body = this.registry.findByAlias(joined, true);
        if (body) {
          entity = body;
          break;
        }
        const created = this.registry.findPerson(key) === null;
        entity = this.registerPerson(doc, np.name, np.role, np.affiliation, key);
        if (created && !np.role) this.inheritTitle(doc, entity);
        break;
      }
      case "role": {
        if (!np.role) return null;
        const roleKey = rangeKey(doc, np.role);
        // وقال الخطيب: one title word that is also the family name of a person named before, with nobody
        // holding it as a title, is that person.
        if (
          roleKey.length === 1 &&
          this.registry.known(doc.tokens, np.role.start) > 0 &&
          !this.registry.findByRole(roleKey)
        ) {
          const person = this.registry.findPerson(roleKey);
          if (person) {
            entity = person;
            break;
          }
        }
        entity = this.registry.titled(rangeText(doc, np.role), roleKey);
        break;
      }
      case "anonymous": {
        if (!np.description) return null;
        const first = this.word(doc, np.description.start);
        if (first?.definite && np.description.end - np.description.start === 1) {
          // المصدر، المصادر: the source named before; a definite plural with none before (قال الأطباء، أكد
          // السكان) is that group itself.
          const earlier = this.registry.latestSource(first.base);
          if (earlier || !(np.plural || this.lex.groupNouns.has(first.base))) {
            entity = earlier ?? this.lastQuoted() ?? this.registry.latest();
            break;
          }
        }
        entity = this.registry.body(
          "anonymous",
          rangeText(doc, np.description),
          rangeKey(doc, np.description),
          null,
        );
        // قال الأطباء … وأضافوا: a group noun is plural even when no suffix marks it (a broken plural), so a
        // plural cue goes on with it.
        if (first?.definite && this.lex.groupNouns.has(first.base)) entity.plural = true;
        if (np.role) this.registry.giveRole(entity, rangeText(doc, np.role), entity.organization);
        if (np.affiliation && !entity.organization)
          entity.organization = this.organizationOf(doc, null, np.affiliation);
        break;
      }
      case "document": {
        if (np.issuer) return this.resolveIssuer(doc, np.issuer);
        const first = np.description ? this.word(doc, np.description.start) : null;
        // بعد أن كشفت تحقيقاتها، وقالت في بيانها: a document with a pronoun suffix is its antecedent's, the
        // body named before it in the paragraph.
        const suffixed = first !== null && !first.definite && !this.lex.documentNouns.has(first.base);
        const antecedent = suffixed ? this.antecedentBody(doc, np.start, true) : null;
        if (antecedent) {
          const text = rangeText(doc, antecedent, true);
          entity = this.registry.body("organization", text, rangeKeyOf(text), null);
          break;
        }
        if (first?.definite || suffixed) {
          entity = this.registry.latestIssuer() ?? this.lastQuoted() ?? this.registry.latest();
          break;
        }
        if (!np.description) return null;
        entity = this.registry.body(
          "document",
          rangeText(doc, np.description),
          rangeKey(doc, np.description),
          null,
        );
        break;
      }
      case "organization":
      case "generic": {
        if (!np.description) return null;
        let text = rangeText(doc, np.description, true);
        let key = rangeKey(doc, np.description, true);
        const size = np.description.end - np.description.start;
        if (np.kind === "organization" && size === 1) {
          const full = this.registry.fullestOrganization(this.organizationHead(doc, np.description.start));
          if (full) {
            text = full;
            key = full.split(" ").length > 0 ? rangeKeyOf(full) : key;
          }
        }
        if (np.kind === "generic" && size === 1) {
          // A short name that is the alias or the start of a body already seen (سانا، المرصد).
          const joined = key.join(" ");
          const alias = this.registry.findByAlias(joined, false);
          if (alias) {
            entity = alias;
            break;
          }
          // وقال الشاذلي after توج المصري محمد الشاذلي بلقب …: a definite name word that is the surname inside
          // a name read in narration is that person.
          const only = this.word(doc, np.description.start);
          const named =
            only?.nameLike && only.definite ? this.registry.personBySurname(key[0] as string) : null;
          if (named) {
            entity = named;
            break;
          }
        }
        entity = this.registry.body(np.kind, text, key, np.alias ? rangeText(doc, np.alias) : null);
        if (np.plural) entity.plural = true;
        // أحد المكتتبين، وهو موظف متقاعد: an unnamed speaker's description after وهو is its role.
        if (np.role) this.registry.giveRole(entity, rangeText(doc, np.role), entity.organization);
        break;
      }
    }
    if (entity && cue && cue.type === "verb" && entity.gender === null && cue.gender && !cue.plural) {
      entity.gender = cue.gender;
    }
    if (entity && np.kind !== "person" && np.plural) entity.plural = true;
    void g;
    return entity;
  }

  /**
   * Whether a phrase without a name points back at a speaker: a back-reference word (المسؤولة) with only a
   * place or body after في/ب, or a title with a word of sameness after it (المتحدثة ذاتها، المصدر نفسه).
   */
  pointsBack(doc: Doc, np: NounPhrase): boolean {
    const first = this.word(doc, np.start);
    if (!first) return false;
    const second = this.word(doc, np.start + 1);
    if (second !== null && this.lex.samenessWords.has(second.key)) return first.definite;
    if (!this.lex.backReferences.has(first.bare)) return false;
    return second !== null && (second.key === "\u0641\u064A" || (second.preposition && second.definite));
  }

  /**
   * The issuer of a document (بيان لمكتبه الإعلامي → مكتبه الإعلامي، التقرير الصادر عن الهيئة → its fullest
   * name): the glued ل is never part of the name, whatever word follows it.
   */
  resolveIssuer(doc: Doc, issuer: NounPhrase): Entity | null {
    if (!issuer.description) return null;
    const range = issuer.description;
    if (range.end - range.start === 1) {
      const full = this.registry.fullestOrganization(this.organizationHead(doc, range.start));
      if (full) return this.registry.body("organization", full, rangeKeyOf(full), null);
    }
    // (صادر عن بعثة الأمم المتحدة: a ب (U+0628) that starts the word is cut only as the title rules say.)
    const lam = this.word(doc, range.start)?.key.startsWith("\u0644") ?? false;
    const text = rangeText(doc, range, lam ? "always" : true);
    return this.registry.body("organization", text, rangeKeyOf(text), null);
  }

  /**
   * The person a definite title or honorific with one definite adjective points back at (وأشار المدرب المقال،
   * هكذا علقت السيدة الخمسينية): an epithet presents someone the reader knows. A title finds the person whose
   * title has the same head (مدرب المنتخب الوطني); an honorific (السيدة، الرجل) the latest speaker who agrees
   * with the cue. `null` when the phrase is no such epithet or nobody fits.
   */
  epithetOf(doc: Doc, np: NounPhrase, cue: CueForm | null): Entity | null {
    if (np.end - np.start === 1) return this.bareTitleOf(doc, np, cue);
    if (np.end - np.start !== 2) return null;
    const head = this.word(doc, np.start);
    const adjective = this.word(doc, np.start + 1);
    const noun = head !== null && this.lex.epithetNouns.has(head.bare);
    if (!head?.definite || head.preposition || !(head.role || head.honorific || noun)) return null;
    if (
      !adjective?.definite ||
      adjective.preposition ||
      adjective.role ||
      adjective.organization ||
      adjective.honorific ||
      adjective.time ||
      this.lex.placeNouns.has(adjective.base) ||
      this.lex.rankOrdinals.has(adjective.key)
    )
      return null;
    const person = head.role
      ? this.registry.findByRole(rangeKey(doc, { start: np.start, end: np.start + 1 }))
      : null;
    if (person) return person;
    if (head.honorific || noun) return this.registry.latestSpeaker(cue);
    // المعلمة الخمسينية: a title that nobody had, with an adjective of age, presents the latest named speaker;
    // so does a general word for an official with a nisba (U+064A/U+0647, the folded ending ي/ية) after a verb
    // that goes on with a speech (وأضاف المسؤول الحكومي; after قال it may name someone new: وقال المسؤول المحلي).
    const nisba = adjective.key.endsWith("\u064A") || adjective.key.endsWith("\u064A\u0647");
    const goesOn = cue !== null && this.lex.continuationVerbs.has(cue.lemma);
    const official = nisba && goesOn && this.lex.officialEpithets.has(head.base);
    const latest =
      official || this.lex.ageAdjectives.has(adjective.key) ? this.registry.latestSpeaker(cue) : null;
    return latest?.kind === "person" ? latest : null;
  }

  /**
   * The person a bare definite title points back at when nobody had that title (أوضح المدرب after الناخب
   * الوطني X، وقال الوزير after وزير الخارجية X): the title presents someone the reader knows, and the one just
   * quoted is the one in view, when a named person with a title who agrees with the cue was quoted in this
   * paragraph or the one before. `null` otherwise (the title is then a speaker of its own).
   */
  bareTitleOf(doc: Doc, np: NounPhrase, cue: CueForm | null): Entity | null {
    const head = this.word(doc, np.start);
    if (!head?.definite || head.preposition || !head.role || head.relation || np.kind !== "role") return null;
    const key = rangeKey(doc, { start: np.start, end: np.start + 1 });
    if (this.registry.findByRole(key) || this.registry.hasTitled(key)) return null;
    const recent = this.registry.latestWithin(doc.index, 1)?.entity ?? null;
    const latest = this.registry.latestSpeaker(cue);
    return latest !== null && latest === recent && latest.kind === "person" && latest.role !== null
      ? latest
      : null;
  }

  /** Whether `في` and a document noun without ال stand at `i` (في بيان، في تقرير نشرته). */
  inDocument(doc: Doc, i: number): boolean {
    if (this.word(doc, i)?.key !== "\u0641\u064A") return false;
    const noun = this.word(doc, i + 1);
    return noun?.document === true && !noun.definite;
  }

  /** The speaker of the latest quote. */
  lastQuoted(): Entity | null {
    for (let d = this.drafts.length - 1; d >= 0 && d >= this.drafts.length - 64; d--) {
      const entity = (this.drafts[d] as Draft).entity;
      if (entity) return entity;
    }
    return null;
  }

  /**
   * A named speaker without a title takes the title of the title-only subject just before it, when that
   * subject never spoke itself (وصف الأمين العام للأمم المتحدة … / وقال أنطونيو غوتيريش: …).
   */
  inheritTitle(doc: Doc, entity: Entity): void {
    const entry = this.registry.latestWithin(doc.index, 1);
    if (!entry) return;
    const titled = entry.entity;
    if (titled.kind !== "role" || titled.quoted || titled.merged || titled === entity) return;
    if (!titled.name) return;
    titled.merged = true;
    this.registry.giveRole(entity, titled.name, titled.organization);
    if (!entity.organization) {
      const org = this.organizationFromTitleText(titled.name);
      if (org) entity.organization = org;
    }
  }

  organizationFromTitleText(title: string): string | null {
    const tokens = tokenize(title);
    const marks = pairMarks(tokens, title);
    const doc: Doc = {
      index: -1,
      text: title,
      offset: 0,
      tokens,
      marks,
      grammar: new Grammar(tokens, marks, this.words, this.registry),
      sentenceEnd: new Array(tokens.length + 1).fill(tokens.length),
      clauseEnd: new Array(tokens.length + 1).fill(tokens.length),
      sentenceStart: new Array(tokens.length + 1).fill(0),
    };
    return this.organizationOf(doc, { start: 0, end: tokens.length }, null);
  }

  // ---------------------------------------------------------------- the walk

  walk(doc: Doc): void {
    const n = doc.tokens.length;
    // One array for every paragraph of the parse, cleared here (a new one per paragraph costs more).
    const consumed = this.#consumed;
    while (consumed.length < n) consumed.push(0);
    for (let k = 0; k < n; k++) consumed[k] = 0;
    let skipUntil = -1;
    for (let i = 0; i < n; i++) {
      if (i <= skipUntil) continue;
      if (this.insideClosed(doc, i)) continue;
      const t = doc.tokens[i] as Token;
      if (t.kind !== "word") continue;
      this.registry.at(doc.index, i);
      const w = doc.grammar.word(i) as WordInfo;
      const atStart =
        doc.sentenceStart[i] === i ||
        w.opener ||
        (i > 0 && isDash(doc.tokens[i - 1]) && doc.sentenceStart[i] === i - 1) ||
        this.afterDateline(doc, i);
      // Subjects inside reported content are not the narrator's: they never take a later cue.
      if (atStart && doc.offset + t.start >= this.contentEnd) this.trackSubject(doc, i);
      if (consumed[i]) continue;
      const trailing = this.trailing(doc, i, consumed);
      if (trailing) continue;
      const fromDocument = this.documentCue(doc, i, consumed);
      if (fromDocument !== null) {
        if (fromDocument > skipUntil) skipUntil = fromDocument;
        continue;
      }
      if (w.document && !w.definite && !w.cue) this.noteIssuer(doc, i);
      if (!w.cue) continue;
      if (this.afterVerbalNounMarker(doc, i)) continue;
      const last = this.cue(doc, i, w, consumed);
      if (last > skipUntil) skipUntil = last;
    }
  }

  /**
   * Whether `i` follows the colon of a dateline that opens the paragraph (الموصل: يفتح الحاج X دكانه; أحمد علي-
   * وكالة X- بغداد: …): the story's first sentence starts after it, so its subject joins the timeline. A colon
   * with a cue before it opens that cue's content instead.
   */
  afterDateline(doc: Doc, i: number): boolean {
    if (i > DATELINE_TOKENS || !isColon(doc.tokens[i - 1])) return false;
    for (let k = 0; k < i - 1; k++) {
      const t = doc.tokens[k] as Token;
      if (isColon(t) || isSentenceEnd(t) || this.word(doc, k)?.cue) return false;
    }
    return true;
  }

  /** A subject at a sentence start or after a clause opener joins the timeline (SVO or VSO). */
  trackSubject(doc: Doc, i: number): void {
    const g = doc.grammar;
    // وكان الزروق قد زار مدرسة …: قد inside its sentence follows the subject; the noun after the verb is the
    // verb's object, no new subject.
    if (doc.sentenceStart[i] !== i && this.word(doc, i)?.key === "\u0642\u062F") return;
    let k = i;
    // في المقابل، أبدت غرفة التجارة …: a turn marker before the verb leaves its subject the next speaker.
    const turn = g.isTurnMarker(k);
    if (turn > 0) k += isComma(doc.tokens[k + turn]) ? turn + 1 : turn;
    // وفي مدينة تعز، نظمت أمهات المختطفين …: a place adjunct set off by a comma comes before the verb (also
    // after an adjunct preposition: أمام الفرن، وقفت أم محمد، وخلال الجلسة، طالب …).
    const lead = this.word(doc, k);
    if (lead?.key === "\u0641\u064A" || lead?.key === "\u0648\u0641\u064A" || lead?.adjunct) {
      let c = k + 1;
      while (c < k + 10 && this.word(doc, c) !== null && !this.word(doc, c)?.cue) c++;
      if (isComma(doc.tokens[c])) k = c + 1;
    }
    let background = false;
    for (let guard = 0; guard < 3; guard++) {
      const w = this.word(doc, k);
      if (!w || !(w.opener || w.auxiliary || w.key === "\u0642\u062F")) break;
      if (w.auxiliary) background = true;
      k++;
    }
    const w = this.word(doc, k);
    if (this.verbHomograph(doc, k)) {
      const np = g.phrase(k + 1);
      // (وطالب رئيس الحملة بضرورة …: a word with a glued preposition after the title opens the verb's
      // complement, no name; the title alone is left to the reading of the cues.)
      const glued = np?.name ? (this.word(doc, np.name.start)?.preposition ?? false) : false;
      if (np && !glued) this.pushSubject(doc, np, null, background);
      return;
    }
    // (عبرت الطالبة لين الزعبي عن سعادتها: a verb that is speech only after a quotation tells its subject.)
    if (!w || (w.cue && !this.lex.inversionOnlyVerbs.has(w.cue.lemma))) return;
    const strong = this.strongStart(doc, k);
    // أما أم ناصر، وهي …، فقالت؛ المقيم X، الذي يعمل …، انتقل: a named person with no listed title opens the
    // sentence as its subject when an aside is set off after it (a word on no list that opens a sentence may be
    // a verb, فيما تمكنت قوات …، so the phrase must start with the article, a name particle such as أم/أبو, or
    // follow أما, which always puts a noun first).
    const np = g.phrase(k);
    const topic = this.word(doc, k - 1);
    const bareStart = w.definite || w.particle || (topic !== null && this.lex.topicParticles.has(topic.key));
    if (!np || !(strong || (np.kind === "person" && np.name !== null && bareStart))) {
      if (strong) return;
    } else {
      // (The phrase may hold the aside itself, a role after the name: أم ناصر، وهي ربة منزل، فقالت.)
      const roleAfterName = np.role !== null && np.name !== null && np.role.start > np.name.start;
      let after = this.afterSubjectAside(
        doc,
        np.end,
        roleAfterName && isComma(doc.tokens[np.name?.end ?? -1]),
      );
      if (!strong && ((after === np.end && !roleAfterName) || !isComma(doc.tokens[after]))) return;
      if (isComma(doc.tokens[after])) after++;
      // (X، الذي …، لم يخف ارتياحه قائلا: a negation before the verb.)
      if (after > np.end && this.lex.verbNegations.has(this.word(doc, after)?.key ?? "")) after++;
      const verb = this.word(doc, after);
      if (verb && !verb.definite && !verb.complementizer && !verb.function)
        this.pushSubject(doc, np, null, background);
      return;
    }
    if (w.definite || w.function || w.complementizer || w.numeric || w.adjunct || w.time) return;
    let s = k + 1;
    while (this.word(doc, s)?.time) s++;
    const next = this.word(doc, s);
    if (!next) return;
    if (this.strongStart(doc, s) || (next.definite && next.plural)) {
      const np = g.phrase(s);
      if (np) this.pushSubject(doc, np, null);
      return;
    }
    // وقفت أم محمد، وهي موظفة متقاعدة، …: a name after the verb with a description set off after it is the
    // verb's subject, a person the story goes on with.
    const described = g.phrase(s);
    if (
      described?.kind === "person" &&
      described.name !== null &&
      described.role !== null &&
      described.role.start > described.name.end
    )
      this.pushSubject(doc, described, null);
  }

  /**
   * The index after asides set off by commas between a fronted subject and its verb (المواطن X، وهو سائق أجرة،
   * قال؛ X، الذي يعمل مهندسا في …، انتقل …): a clause opened by وهو/وهي, a relative pronoun or من (X، من سكان
   * حي …، فتقول) that runs to the next comma with no cue or sentence end inside. `end` itself when there is
   * none. With `inAside`, the phrase ending at `end` already holds the start of an aside (سلمى، وهي طالبة
   * جامعية | تسكن في …، فقالت), which runs on to the next comma first.
   */
  afterSubjectAside(doc: Doc, end: number, inAside = false): number {
    let at = end;
    if (inAside && !isComma(doc.tokens[at])) {
      at = this.asideComma(doc, at);
      if (at < 0) return end;
    }
    for (let guard = 0; guard < 3; guard++) {
      // المزارع X (62 عاما)، أحد المصابين، روى: an age or place in parentheses.
      if (doc.tokens[at]?.key === "(") {
        const close = doc.grammar.parenthesis(at);
        if (close < 0) return end;
        at = close + 1;
        continue;
      }
      if (!isComma(doc.tokens[at])) break;
      const opener = this.word(doc, at + 1);
      const from = opener?.key === "\u0645\u0646";
      if (!opener || !(opener.relative || from || this.lex.asideOpeners.has(opener.key))) break;
      const k = this.asideComma(doc, at + 2);
      if (k < 0) return end;
      at = k;
    }
    return at;
  }

  /** The comma that closes an aside running from `from`, with no cue, colon or sentence end before it; -1 if none. */
  asideComma(doc: Doc, from: number): number {
    let k = from;
    while (k < from + ASIDE_WORDS && doc.tokens[k] && !isComma(doc.tokens[k])) {
      const t = doc.tokens[k] as Token;
      if (isSentenceEnd(t) || isColon(t) || this.word(doc, k)?.cue) return -1;
      k++;
    }
    return isComma(doc.tokens[k]) ? k : -1;
  }

  /**
   * Whether the word at `i` is a title that is also a verb (طالب) standing as the verb: without ال or a glued
   * preposition, at a sentence or clause head (or joined by و), and before a title or a body, its
   * subject (وطالب النائب X الحكومة بـ…; a student is named by an indefinite طالب and then a name).
   */
  verbHomograph(doc: Doc, i: number): boolean {
    const w = this.word(doc, i);
    if (!w || w.definite || w.preposition || !this.lex.verbTitleHomographs.has(w.base)) return false;
    if (!(w.conjunction || doc.sentenceStart[i] === i || isComma(doc.tokens[i - 1]))) return false;
    const next = this.word(doc, i + 1);
    return next !== null && (next.definite || next.role) && this.strongStart(doc, i + 1);
  }

  /** Whether a phrase that names a speaker-like subject starts at `i`. */
  strongStart(doc: Doc, i: number): boolean {
    const w = this.word(doc, i);
    if (!w) return false;
    return (
      ((w.role || w.relation || w.honorific || w.organization || w.anonymous) && !w.preposition) ||
      doc.grammar.phraseAt(i, this.lex.organizationPhrases, true) > 0 ||
      this.registry.known(doc.tokens, i) > 0
    );
  }

  pushSubject(doc: Doc, np: NounPhrase, cue: CueForm | null, background = false): Entity | null {
    const entity = this.resolve(doc, np, cue);
    if (entity)
      this.registry.mention(entity, doc.index, np.start, this.span(doc, this.mentionRange(np)), background);
    return entity;
  }

  /** The range that names the speaker in a phrase: the name, else the description or title. */
  mentionRange(np: NounPhrase): Range {
    if (np.issuer) return this.mentionRange(np.issuer);
    return np.name ?? np.description ?? np.role ?? { start: np.start, end: np.end };
  }

  /** Skips adverbs, time words and turn markers after a verb. */
  skipAdverbs(doc: Doc, i: number): number {
    const g = doc.grammar;
    let k = g.skipJoiners(i);
    for (let guard = 0; guard < 4; guard++) {
      const w = this.word(doc, k);
      if (!w) break;
      const turn = g.isTurnMarker(k);
      if (turn > 0) {
        k += turn;
        continue;
      }
      if (w.time && !w.definite) {
        k++;
        continue;
      }
      if (w.time && w.definite && !this.strongStart(doc, k + 1) && this.word(doc, k + 1) === null) break;
      if (w.time) {
        k++;
        continue;
      }
      break;
    }
    if (isComma(doc.tokens[k]) && this.word(doc, k - 1)?.time) k++;
    return k;
  }

  /** Handles the cue at `i`; returns the last token index to skip (inside a direct quotation), or -1. */
  cue(doc: Doc, i: number, w: WordInfo, consumed: Consumed): number {
    const cue = w.cue as CueForm;
    const g = doc.grammar;
    if (cue.type === "noun") return this.nounCue(doc, i, w, consumed);
    if (this.lex.inversionOnlyVerbs.has(cue.lemma)) {
      this.inverted(doc, i, w, cue.plural ? null : g.phrase(this.skipAdverbs(doc, i + 1)), consumed, true);
      return -1;
    }
    // يذكر أن، يشار إلى أن: impersonal formulas, not quotes.
    if (cue.imperfect && this.lex.impersonalCues.has(w.bare)) {
      const next = this.word(doc, i + 1);
      if (!next || next.complementizer || this.lex.complementizerPrepositions.has(next.key)) return -1;
    }
    let j = this.skipAdverbs(doc, i + 1);
    // بحسب ما أفاد به مكتب …، فإن: after ما, the preposition with the pronoun that points back at the content
    // stands between the verb and its subject.
    const resumed = this.word(doc, j);
    if (
      this.word(doc, i - 1)?.key === "\u0645\u0627" &&
      resumed?.function &&
      resumed.key.startsWith("\u0628") &&
      (resumed.preposition || this.resumptive(resumed))
    )
      j++;
    // مباراة قال عنها X إنها، قالت لهم X إن: عن/ل with a pronoun after the verb is what or whom the speech is
    // about or for; the subject follows it (a relay verb's عن names its source instead).
    else if (
      resumed !== null &&
      cue.type === "verb" &&
      !this.lex.relayVerbs.has(cue.lemma) &&
      !resumed.key.startsWith("\u0628") &&
      this.resumptive(resumed) &&
      // (تتحدث عنها "بشكل غير لائق": a quotation right after it is what was said, no subject.)
      doc.tokens[j + 1]?.kind === "word"
    )
      j++;
    let np: NounPhrase | null = null;
    // …أن مديرية الدفاع المدني أبلغت المؤسسة بأن: a subject between a complementizer and its verb is the
    // speaker; the noun after the verb is its object.
    const fronted = cue.type === "verb" && !w.conjunction ? this.subjectAfterComplementizer(doc, i) : null;
    // وكانت الحكومة قد أقرت حزمة: the subject was tracked at its sentence start (as background after كان).
    const beforeQad = fronted || cue.type !== "verb" || w.conjunction ? null : this.subjectBeforeQad(doc, i);
    const before = fronted ?? beforeQad;
    if (before) np = before;
    // أعلنوا تضامنهم الكامل: a verb in the plural never stands before its own subject (the verb before a
    // subject is singular: قال السكان), so the noun after it is an object and the subject came before.
    else if (cue.type === "verb" && !cue.plural) {
      np = g.phrase(j);
      if (np) j = this.skipAdverbs(doc, np.end);
    }
    // The original source of a relayed statement (نقلت الصحيفة عن X قولها، نقلا عن X، استنادا إلى X).
    let source: NounPhrase | null = null;
    // نقلت وكالة الأنباء الرسمية "وفا" عن X: the outlet's own name in quotation marks after its description.
    const alias = this.lex.relayVerbs.has(cue.lemma) && np ? g.shortQuotation(j, MAX_OUTLET_WORDS) : -1;
    if (alias > 0 && this.word(doc, alias + 1)?.key === "\u0639\u0646") j = alias + 1;
    if (this.lex.relayVerbs.has(cue.lemma) && this.word(doc, j)?.key === "\u0639\u0646") {
      source = g.phrase(j + 1);
      if (source) j = source.end;
    }
    let k = isComma(doc.tokens[j]) ? j + 1 : j;
    const introducer = g.isSourceIntroducer(k);
    if (introducer > 0) {
      const src = g.phrase(k + introducer);
      if (src) {
        source = src;
        j = src.end;
      }
    }
    // وتابع قائلا، وتابع القول، عن X قولها: the speech word after the verb belongs to this cue.
    let cueToken = i;
    for (let guard = 0; guard < 2; guard++) {
      k = g.skipJoiners(j);
      // …عن مدير الشركة، المهندس X، قوله: the comma that closes the source's apposition.
      if (source && isComma(doc.tokens[k]) && this.word(doc, k + 1)?.cue?.type === "noun") k++;
      const x = this.word(doc, k);
      if (!x?.cue || x.cue.type === "verb") break;
      if (x.cue.type === "noun" && source) cueToken = k;
      consumed[k] = 1;
      j = k + 1;
    }
    // وتشير الأرقام إلى أن: figures that name no issuer speak for nobody; this is narration.
    const figures = np?.kind === "document" && !np.issuer ? this.word(doc, np.start) : null;
    if (figures?.definite && this.lex.figureNouns.has(figures.base)) return -1;
    // A weak form inside the content of the quote before it (…سجلت بين الأطفال، وإن …) is held to content of
    // its own right after it.
    const nested = w.weakCue && doc.offset + (doc.tokens[i] as Token).start < this.contentEnd;
    let content = this.content(doc, j, w.weakCue, cue.type === "verb", nested);
    // وقال الوزير: ⏎ «…»: a colon that ends the paragraph hands the content to the next paragraph.
    const handsOn = !content && this.colonAtEnd(doc, j);
    if (handsOn) content = { kind: "direct", start: 0, end: 0, lastToken: -1, unclosed: false };
    // (وهو ما اعتبره "غير كاف": a quotation right after a verb with an object pronoun is the object's
    // predicate, README: اعتبر X Y without أن is no quote.)
    if (content?.viaBareQuotation && (content.kind === "indirect" || w.cueSuffix)) {
      // A quotation right after the verb that does not end its clause is a quoted object (يبرز "مسعى جديا" لمعالجة …).
      this.inverted(doc, i, w, np, consumed);
      return -1;
    }
    if (!content) {
      this.inverted(doc, i, w, np, consumed);
      // نفى المتهم الرئيسي أي تجاوز: a definite description with the object after it is the verb's subject
      // (a description alone after the verb, أكد أهمية التعاون، is more often its object).
      const object = np ? this.word(doc, np.end) : null;
      const subjectWithObject =
        np?.kind === "generic" &&
        (this.word(doc, np.start)?.definite ?? false) &&
        object !== null &&
        (object.quantifier || object.key === "\u0627\u064A");
      if (
        np &&
        !beforeQad &&
        cue.type === "verb" &&
        (np.kind !== "generic" || subjectWithObject) &&
        (!w.weakCue || this.strongStart(doc, np.start))
      ) {
        const subject = this.pushSubject(doc, np, cue);
        // وأعلنت الوزارة في بيان، …: the subject issued a statement that a later البيان points back at.
        if (subject && this.inDocument(doc, np.end)) subject.issuedDocument = true;
      }
      return -1;
    }
    if (content.kind === "indirect") this.contentEnd = Math.max(this.contentEnd, doc.offset + content.end);
    // …، فيما قال مشجعون تحدثت إليهم الصحيفة إن: a speech verb between the cue and its content describes the
    // speaker; it is no cue of its own.
    for (let c = i; c < doc.tokens.length && (c < j || (doc.tokens[c] as Token).start < content.start); c++)
      consumed[c] = 1;
    // Who speaks.
    let entity: Entity | null = null;
    let speakerSpan: Span | null = null;
    let confidence = 0.9;
    const named = source ?? np;
    if (named) {
      entity = this.resolve(doc, named, cue);
      speakerSpan = this.span(doc, this.mentionRange(named));
      if (entity) this.registry.mention(entity, doc.index, named.start, speakerSpan);
      if (named.kind === "role" || named.kind === "anonymous") confidence = 0.8;
      if (entity && named.kind === "document" && named.issuer) entity.issuedDocument = true;
      if (entity && this.inDocument(doc, named.end)) entity.issuedDocument = true;
      if (entity && this.issuesDocument(doc, named.end, named.end + 8)) entity.issuedDocument = true;
    } else {
      const fronted = cue.type === "verb" ? this.frontedSubject(doc, i) : null;
      if (fronted === "pronoun") {
        entity = this.registry.continuation(cue, doc.index);
        confidence = 0.75;
      } else if (fronted) {
        entity = this.resolve(doc, fronted, cue);
        speakerSpan = this.span(doc, this.mentionRange(fronted));
        if (entity) this.registry.mention(entity, doc.index, fronted.start, speakerSpan);
        confidence = 0.85;
        if (entity && this.issuesDocument(doc, i + 1, i + 8)) entity.issuedDocument = true;
      } else {
        entity = this.sameSentenceSpeaker(doc, i, cue) ?? this.registry.continuation(cue, doc.index);
        confidence = 0.7;
        if (entity && this.issuesDocument(doc, i + 1, i + 8)) entity.issuedDocument = true;
      }
    }
    if (entity) entity.quoted = true;
    const cueTok = doc.tokens[cueToken] as Token;
    const cueWord = doc.grammar.word(cueToken) as WordInfo;
    const prefix = cueWord.conjunction ? 1 : 0;
    if (handsOn) {
      this.pending = {
        cue: cueTok.text.slice(prefix),
        cueSpan: { start: doc.offset + cueTok.start + prefix, end: doc.offset + cueTok.end },
        entity,
        speakerSpan,
        confidence: entity ? confidence - 0.1 : 0.2,
      };
      return doc.tokens.length;
    }
    this.drafts.push({
      paragraph: doc.index,
      kind: content.kind,
      start: doc.offset + content.start,
      end: doc.offset + content.end,
      cue: cueTok.text.slice(prefix),
      cueSpan: { start: doc.offset + cueTok.start + prefix, end: doc.offset + cueTok.end },
      entity,
      speakerSpan,
      confidence: entity ? confidence : 0.3,
      order: i,
      unclosed: content.unclosed,
      sentence: doc.sentenceStart[i] as number,
    });
    return content.kind === "direct" ? content.lastToken : -1;
  }

  /**
   * `وجاء في البيان: …` / `ورد في تقرير للوزارة أن …`: the content of a document, given to its issuer. Returns the
   * last token to skip, or `null` when there is no such phrase with content at `i`.
   */
  documentCue(doc: Doc, i: number, consumed: Consumed): number | null {
    const len = doc.grammar.phraseAt(i, this.lex.documentCues, true);
    if (len === 0) return null;
    // أصدرت الوزارة بيانا جاء فيه: …: the pronoun stands for the document named before; its issuer is the
    // subject of the sentence.
    if (this.word(doc, i + len - 1)?.key !== "\u0641\u064A") {
      const content = this.content(doc, i + len, false);
      if (!content) return null;
      const entity = this.sentenceSubject(doc, i);
      if (entity) entity.quoted = true;
      return this.pushDocumentDraft(doc, i, len, content, entity, null, entity ? 0.6 : 0.3);
    }
    const np = doc.grammar.segment(i + len);
    if (np?.kind !== "document") return this.speechEventCue(doc, i, len, consumed);
    const content = this.content(doc, this.skipAdverbs(doc, np.end), false);
    if (!content) return null;
    for (let c = i; c < np.end; c++) consumed[c] = 1;
    const entity = this.resolve(doc, np, null);
    if (entity) entity.quoted = true;
    const speakerSpan = np.issuer ? this.span(doc, this.mentionRange(np)) : null;
    return this.pushDocumentDraft(doc, i, len, content, entity, speakerSpan, entity ? 0.75 : 0.3);
  }

  /**
   * Drafts the quote of a document phrase of `len` tokens at `i` (`وجاء في`, `ورد في`: the cue, without a
   * leading و/ف), and returns the last token to skip.
   */
  pushDocumentDraft(
    doc: Doc,
    i: number,
    len: number,
    content: Content,
    entity: Entity | null,
    speakerSpan: Span | null,
    confidence: number,
  ): number {
    const first = doc.tokens[i] as Token;
    const last = doc.tokens[i + len - 1] as Token;
    const prefix =
      !this.lex.documentCues.byFirst.has(first.key) &&
      (first.key.startsWith("\u0648") || first.key.startsWith("\u0641"))
        ? 1
        : 0;
    if (content.kind === "indirect") this.contentEnd = Math.max(this.contentEnd, doc.offset + content.end);
    this.drafts.push({
      paragraph: doc.index,
      kind: content.kind,
      start: doc.offset + content.start,
      end: doc.offset + content.end,
      cue: doc.text.slice(first.start + prefix, last.end),
      cueSpan: { start: doc.offset + first.start + prefix, end: doc.offset + last.end },
      entity,
      speakerSpan,
      confidence,
      order: i,
      unclosed: content.unclosed,
      sentence: doc.sentenceStart[i] as number,
    });
    return content.kind === "direct" ? content.lastToken : i + len;
  }

  /**
   * `وجاء في تصريح لـX، TITLE، أن …`: a statement given as said by a person with ل glued to the name; the
   * person (the name read without the ل) is the speaker. Returns as {@link documentCue}.
   */
  speechEventCue(doc: Doc, i: number, len: number, consumed: Consumed): number | null {
    const g = doc.grammar;
    const k = i + len;
    const event = this.word(doc, k);
    const lam = this.word(doc, k + 1);
    if (!event?.speechEvent || event.definite || !lam?.preposition) return null;
    if (!lam.key.startsWith("\u0644") || lam.key.length < 3) return null;
    let name = g.name(k + 1);
    let role: Range | null = null;
    // (وجاء في تصريح لرئيس الغرفة رائد الخطيب أن: the ل is glued to a title with the name after it.)
    const glued = name !== null && name.start === k + 1 && !lam.definite;
    if (!glued) {
      const r = g.role(k + 1);
      const nm = r && r.start === k + 1 ? g.name(g.skipHonorifics(r.end)) : null;
      if (nm && nm.end - nm.start >= 2 && g.endsPhrase(nm.end)) {
        name = nm;
        role = r;
      } else name = null;
    }
    if (!name || name.end - name.start < 2) return null;
    let end = name.end;
    if (glued && isComma(doc.tokens[end])) {
      const r = g.role(end + 1);
      const closed = r ? g.appositionEnd(r.end) : -1;
      if (r && isComma(doc.tokens[closed])) {
        role = { start: r.start, end: closed };
        end = closed + 1;
      } else if (r && isComma(doc.tokens[r.end])) {
        role = r;
        end = r.end + 1;
      }
    }
    const content = this.content(doc, this.skipAdverbs(doc, end), false);
    if (!content) return null;
    for (let c = i; c < end; c++) consumed[c] = 1;
    const entity = glued
      ? this.registerPerson(doc, name, role, null, rangeKey(doc, name, "always"), true)
      : this.registerPerson(doc, name, role, null);
    entity.quoted = true;
    this.registry.mention(entity, doc.index, name.start, this.span(doc, name));
    return this.pushDocumentDraft(doc, i, len, content, entity, this.span(doc, name), 0.75);
  }

  /** Whether the cue form at `i` stands after عدم (طلب عدم ذكر اسمه), so it is a verbal noun, not a verb. */
  afterVerbalNounMarker(doc: Doc, i: number): boolean {
    const before = this.word(doc, i - 1);
    // (رفض كشف اسمه: a verb that takes a verbal noun as its object, with no conjunction glued to the cue.)
    return (
      before !== null &&
      (this.lex.verbalNounMarkers.has(before.bare) ||
        (this.lex.verbalNounVerbs.has(before.key) && !(this.word(doc, i)?.conjunction ?? false)))
    );
  }

  /** Whether the paragraph ends with a colon within reach of a cue's content search from `from`. */
  colonAtEnd(doc: Doc, from: number): boolean {
    const n = doc.tokens.length;
    const last = n - 1;
    if (!isColon(doc.tokens[last]) || last < from || last - from > CONTENT_WINDOW) return false;
    return (doc.sentenceEnd[from] as number) >= last;
  }

  /**
   * The quote of a cue whose colon ended the paragraph before: the content is this paragraph's opening quotation,
   * or the paragraph itself. Returns whether the whole paragraph was taken.
   */
  handOver(doc: Doc): boolean {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return false;
    const first = doc.tokens[0];
    if (!first) return false;
    const opening = this.word(doc, 0)?.complementizer ? 1 : 0;
    const content =
      first.kind === "quote" && this.opensAt(doc, 0) >= 0
        ? this.fromQuotation(doc, 0)
        : this.clause(doc, opening);
    if (!content) return false;
    this.drafts.push({
      paragraph: doc.index,
      kind: content.kind,
      start: doc.offset + content.start,
      end: doc.offset + content.end,
      cue: pending.cue,
      cueSpan: pending.cueSpan,
      entity: pending.entity,
      speakerSpan: pending.speakerSpan,
      confidence: pending.confidence,
      order: -1,
      unclosed: content.unclosed,
      sentence: 0,
    });
    if (content.kind === "indirect") this.contentEnd = Math.max(this.contentEnd, doc.offset + content.end);
    return content.kind === "direct" && (content.unclosed || content.lastToken >= doc.tokens.length - 2);
  }

  /** Whether the adjunct between `from` and `to` says the speaker spoke in a statement (في بيان). */
  issuesDocument(doc: Doc, from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 6; k++) {
      const w = this.word(doc, k);
      if (w?.key === "\u0641\u064A" && this.word(doc, k + 1)?.document) return true;
    }
    return false;
  }

  /** The speaker of the last quote of the same sentence, for a participle (…، مشيرا إلى أن …). */
  sameSentenceSpeaker(doc: Doc, i: number, cue: CueForm): Entity | null {
    if (cue.type !== "participle") return null;
    const sentence = doc.sentenceStart[i];
    for (let d = this.drafts.length - 1; d >= 0 && d >= this.drafts.length - 8; d--) {
      const draft = this.drafts[d] as Draft;
      if (draft.paragraph !== doc.index || draft.sentence !== sentence) break;
      if (draft.entity) return draft.entity;
    }
    return null;
  }

  /**
   * The subject before a verb that has none after it: لكن X قال، المشوح، أكد، بأن الوزارة أفادت، X الذي قال. A
   * pronoun subject (لكنها قالت، مما قال) gives `"pronoun"`.
   */
  frontedSubject(doc: Doc, i: number): NounPhrase | "pronoun" | null {
    const g = doc.grammar;
    let p = i - 1;
    // …، وقالت في بيان: a verb joined by و after a comma shares the subject of the clause before; the words
    // before the comma are not its subject.
    if (isComma(doc.tokens[p]) && (this.word(doc, i)?.conjunction ?? false)) return null;
    const before = this.word(doc, p);
    if (before?.relative) {
      // X، الذي قال: the antecedent ends before the relative pronoun.
      let q = p - 1;
      if (isComma(doc.tokens[q])) q--;
      const start = this.phraseStartBefore(doc, q, true);
      if (start < 0) return null;
      const np = g.phrase(start);
      return np && np.end >= q ? np : null;
    }
    if (
      before &&
      (before.key === "\u0645\u0645\u0627" ||
        before.key === "\u0645\u0627" ||
        before.key.startsWith("\u0644\u0643\u0646"))
    ) {
      return before.key.startsWith("\u0644\u0643\u0646") && before.key.length > 3
        ? "pronoun"
        : before.key === "\u0644\u0643\u0646"
          ? null
          : "pronoun";
    }
    if (before && before.key === "\u0642\u062F") p--;
    if (isComma(doc.tokens[p])) p--;
    if (p < 0) return null;
    let start = this.phraseStartBefore(doc, p);
    if (start < 0) return null;
    // أن مصدرا في الوزارة أوضح: the scan stops at في inside the subject; the phrase before it may take it in.
    if (this.word(doc, start - 1)?.key === "\u0641\u064A" && start >= 2) {
      const outer = this.phraseStartBefore(doc, start - 2);
      const np = outer >= 0 ? g.phrase(outer) : null;
      if (np && np.end >= p && np.start === outer) start = outer;
    }
    const boundary = start - 1;
    const bt = doc.tokens[boundary];
    const bw = this.word(doc, boundary);
    const okBoundary =
      boundary < 0 ||
      doc.sentenceStart[start] === start ||
      isColon(bt) ||
      isDash(bt) ||
      (bw !== null && (bw.complementizer || bw.opener || bw.auxiliary || bw.key === "\u0642\u062F"));
    if (!okBoundary) return null;
    if (bw?.complementizer && bw.key.length > 2 && !this.lex.complementizers.has(bw.bare.slice(0, 2)))
      return null;
    const np = g.phrase(start);
    if (!np || np.end < p) return null;
    return np;
  }

  /**
   * A subject named right before قد and the verb at `i` (وكانت الحكومة قد أقرت حزمة …): the verb's subject came
   * first, so the noun after it is its object. `null` for قد that opens its clause (وقد أكد الوزير).
   */
  subjectBeforeQad(doc: Doc, i: number): NounPhrase | null {
    const qad = this.word(doc, i - 1);
    if (qad?.key !== "\u0642\u062F" || qad.conjunction) return null;
    const prev = this.word(doc, i - 2);
    if (!prev || prev.function || prev.cue || prev.auxiliary || prev.complementizer) return null;
    const fronted = this.frontedSubject(doc, i);
    if (fronted === null || fronted === "pronoun" || fronted.kind === "generic") return null;
    return fronted.end === i - 1 ? fronted : null;
  }

  /** A subject named right between a complementizer and the verb at `i` (أن الوزارة أفادت), or `null`. */
  subjectAfterComplementizer(doc: Doc, i: number): NounPhrase | null {
    const prev = this.word(doc, i - 1);
    if (!prev || prev.complementizer || prev.function || prev.cue) return null;
    const fronted = this.frontedSubject(doc, i);
    if (fronted === null || fronted === "pronoun") return null;
    if (!this.word(doc, fronted.start - 1)?.complementizer || fronted.end !== i) return null;
    return fronted.kind === "generic" ? null : fronted;
  }

  /**
   * A document with its issuer named outside a cue (وحسب بيان لقيادة الدرك الوطني، …): the issuer joins the
   * timeline as the latest issuer, so that a later البيان speaks for it.
   */
  noteIssuer(doc: Doc, i: number): void {
    // انتقد النائب X قرار الحكومة، وقال: a document that is a verb's object after its subject names no source;
    // one after a preposition or a stop word (حسب بيان، في تقرير، ببيان) or opening the sentence does.
    const prev = this.word(doc, i - 1);
    const w = this.word(doc, i);
    const opens =
      prev === null || prev.function || prev.preposition || prev.stop || doc.sentenceStart[i] === i;
    if (!opens && !w?.preposition) return;
    const np = doc.grammar.segment(i);
    if (np?.kind !== "document" || !np.issuer) return;
    const entity = this.resolveIssuer(doc, np.issuer);
    if (!entity) return;
    entity.issuedDocument = true;
    this.registry.mention(entity, doc.index, np.start, this.span(doc, this.mentionRange(np)));
  }

  /** The first token of a phrase that ends at `end` (inclusive), scanning back over at most a dozen tokens; -1 when none. */
  phraseStartBefore(doc: Doc, end: number, minimal = false): number {
    let s = end;
    let commas = 0;
    let count = 0;
    while (s >= 0 && count < 14) {
      const t = doc.tokens[s] as Token;
      if (t.kind === "word") {
        const w = doc.grammar.word(s) as WordInfo;
        // النائب عن حزب …، X، اعتبر: عن/إلى after a title word links the title to what it serves.
        const titleLink =
          this.lex.titlePlacePrepositions.has(w.key) && (this.word(doc, s - 1)?.role ?? false);
        if (
          !titleLink &&
          (w.complementizer || w.opener || w.auxiliary || w.cue || w.function || w.adjunct || w.relative)
        )
          break;
        if (w.time && !w.definite) break;
        // The antecedent of a relative pronoun is the nearest phrase: a glued preposition starts the clause before it.
        if (minimal && w.preposition && !this.registry.known(doc.tokens, s)) break;
        if (doc.sentenceStart[s] === s) {
          s--;
          break;
        }
        s--;
        count++;
        continue;
      }
      if (t.kind === "quote") {
        // Back over a short quotation that is part of the phrase (مجموعة "الخوذ البيضاء").
        const q = doc.marks.markOf[s] ?? -1;
        const quotation = q >= 0 ? doc.marks.quotations[q] : undefined;
        if (!quotation || quotation.close !== s) break;
        if (wordsBetween(doc.tokens, quotation.open, quotation.close, 5) > 4) break;
        s = quotation.open - 1;
        count++;
        continue;
      }
      if (t.kind === "joiner") {
        s--;
        continue;
      }
      if (t.key === ")") {
        let o = s - 1;
        while (o >= 0 && o > s - 12 && doc.tokens[o]?.key !== "(") o--;
        if (doc.tokens[o]?.key !== "(") break;
        s = o - 1;
        continue;
      }
      if (isComma(t) && commas < 2 && count > 0) {
        commas++;
        s--;
        continue;
      }
      break;
    }
    let start = s + 1;
    // The phrase starts at its first word that can start one (a glued preposition belongs to the clause before).
    while (start <= end) {
      const w = this.word(doc, start);
      if (w && !(w.preposition && !w.role && !w.organization && !w.nameLike)) break;
      if (!w && doc.tokens[start]?.kind !== "quote") {
        start++;
        continue;
      }
      if (w?.preposition && !w.nameLike) {
        start++;
        continue;
      }
      break;
    }
    if (isComma(doc.tokens[start])) start++;
    return start <= end ? start : -1;
  }

  /** The reported content after a cue, starting the search at token `from`. */
  content(doc: Doc, from: number, weak: boolean, verb = true, nested = false): Content | null {
    const tokens = doc.tokens;
    const n = tokens.length;
    // A participle takes its content at once (مشيرا إلى أن، مضيفا: …، قائلا "…"); a verb may have an adjunct first.
    const adjunct = !verb && this.lex.participleAdjunctOpeners.has(this.word(doc, from)?.key ?? "");
    const participleWindow = adjunct ? PARTICIPLE_ADJUNCT_WINDOW : PARTICIPLE_CONTENT_WINDOW;
    const window = !verb ? participleWindow : weak ? WEAK_CONTENT_WINDOW : CONTENT_WINDOW;
    const limit = Math.min(n, from + window);
    for (let k = from; k < limit; k++) {
      const t = tokens[k] as Token;
      if (t.kind === "quote") {
        const q = this.opensAt(doc, k);
        if (q < 0) continue;
        const quotation = doc.marks.quotations[q];
        if (!quotation) continue;
        const prev = tokens[k - 1];
        const atStart = k === from || isComma(prev) || isColon(prev) || isDash(prev);
        if (atStart) {
          if (doc.grammar.shortQuotation(k, 3) >= 0 && doc.grammar.quotedNameFollows(quotation.close + 1)) {
            const next = tokens[quotation.close + 1];
            if (next && !isComma(next)) {
              k = quotation.close;
              continue;
            }
          }
          // بين الساعة 16:00 وموعد الإفطار، "لتخفيف …": a weak cue (the preposition بين) takes a quotation only
          // right after it or after a colon.
          if (weak && k > from && !isColon(prev)) return null;
          // …أن الفجوة بين العرض والطلب "هي الأكبر": inside a quote's content a weak form (here the preposition
          // بين) takes a quotation only after a colon; otherwise the quotation is part of that content.
          if (nested && !isColon(prev)) return null;
          const found = this.fromQuotation(doc, k);
          if (!found || isComma(prev) || isColon(prev) || isDash(prev)) return found;
          // (Written out, not spread: a spread copy of an object is a slow generic copy in V8.)
          return {
            viaBareQuotation: true,
            kind: found.kind,
            start: found.start,
            end: found.end,
            lastToken: found.lastToken,
            unclosed: found.unclosed,
          };
        }
        if (quotation.close < 0) return null;
        // لن تعلق الإضراب "قبل صرف الرواتب": inside a quote's content a weak form's object takes no quotation.
        if (verb && !nested && this.freeStandingQuotation(doc, k)) return this.fromQuotation(doc, k);
        k = quotation.close;
        continue;
      }
      if (t.kind === "punct") {
        if (isColon(t) && !this.clockColon(doc, k)) return this.after(doc, k + 1);
        if (isSentenceEnd(t)) return null;
        continue;
      }
      if (t.kind !== "word") continue;
      const w = doc.grammar.word(k) as WordInfo;
      if (w.complementizer) {
        if (this.blocked(doc, k)) continue;
        // ولم تعلق الوزارة، غير أن مصدرا …: أن after غير/إلا opens the narrator's next clause ("however").
        const before = k > from ? this.word(doc, k - 1) : null;
        if (before !== null && this.lex.exceptionWords.has(before.key)) return null;
        // …سجلت بين الأطفال، وإن المستشفيات جاهزة: inside a quote's content a weak form (بين "between", تبلغ
        // "reaches") reaches no content through a coordinated وإن/وأن; that clause belongs to the quote around it.
        if (nested && k > from && w.conjunction) return null;
        return this.after(doc, k + 1);
      }
      if (w.leadsComplementizer && this.word(doc, k + 1)?.complementizer) {
        // …، على أن تفتح المعاصر: after a comma على أن means "provided that", not the content.
        if (this.blocked(doc, k)) continue;
        // Not so right after the subject (شدد X، TITLE، على أن): that comma closes the subject's title aside, and
        // with no object between, على is the verb's own preposition.
        // Nor after an adjunct set off by commas (شدد X، خلال زيارته للبلدية، على أن): على is still the verb's.
        if (
          k - 1 > from &&
          isComma(tokens[k - 1]) &&
          w.key === "\u0639\u0644\u064A" &&
          !this.commaSetAdjunctBefore(doc, from, k - 1)
        ) {
          k++;
          continue;
        }
        return this.after(doc, k + 2);
      }
      // أشار لأن: a preposition glued to the complementizer, right after the cue.
      if (k === from && w.key.startsWith("\u0644") && this.lex.complementizers.has(w.key.slice(1)))
        return this.after(doc, k + 1);
      if (w.cue && w.cue.type !== "noun" && !w.weakCue && k > from && !this.afterVerbalNounMarker(doc, k))
        return null;
    }
    return null;
  }

  /**
   * Whether the colon at `k` is inside a clock time (18:54), with digits glued on both sides. The hour may carry a
   * glued conjunction or preposition (بين 8:00 و4:00، حتى ل10:30), so only its last character must be a digit.
   */
  clockColon(doc: Doc, k: number): boolean {
    const prev = doc.tokens[k - 1];
    const next = doc.tokens[k + 1];
    const t = doc.tokens[k] as Token;
    return (
      prev !== undefined &&
      next !== undefined &&
      prev.end === t.start &&
      next.start === t.end &&
      prev.kind === "word" &&
      isDigit(prev.text.charCodeAt(prev.text.length - 1)) &&
      this.word(doc, k + 1)?.numeric === true
    );
  }

  /** Whether the complementizer at `k` belongs to another construction (بعد أن، يجب أن) or is conditional (إن لم). */
  blocked(doc: Doc, k: number): boolean {
    const prev = this.word(doc, k - 1);
    if (prev?.blocker) return true;
    const t = doc.tokens[k] as Token;
    if (
      (t.key === "\u0627\u0646" || t.key === "\u0648\u0627\u0646") &&
      (t.text.startsWith("\u0625") || t.text.startsWith("\u0648\u0625"))
    ) {
      const next = this.word(doc, k + 1);
      if (next && (next.key === "\u0644\u0645" || next.key === "\u0643\u0627\u0646")) return true;
    }
    return false;
  }

  /** A quotation met after the adjunct, not right after a comma: content when it is long and ends its clause. */
  freeStandingQuotation(doc: Doc, k: number): boolean {
    const q = this.opensAt(doc, k);
    const quotation = doc.marks.quotations[q];
    if (!quotation || quotation.close < 0) return false;
    const prev = doc.tokens[k - 1];
    if (prev && prev.kind === "word" && prev.end === doc.tokens[k]?.start) return false;
    if (this.objectBefore(doc, k)) return false;
    if (
      wordsBetween(doc.tokens, quotation.open, quotation.close, FREE_QUOTATION_WORDS) < FREE_QUOTATION_WORDS
    )
      return false;
    const after = doc.tokens[quotation.close + 1];
    if (after === undefined || isSentenceEnd(after)) return true;
    if (isComma(after)) return this.opensAt(doc, quotation.close + 2) < 0;
    const w = this.word(doc, quotation.close + 1);
    return w !== null && w.cue !== null && w.cue.type !== "noun";
  }

  /** Content that starts at token `c`: a quotation (direct or not) or an unquoted clause to the end of the sentence. */
  after(doc: Doc, c: number): Content | null {
    const k = doc.grammar.skipJoiners(c);
    const t = doc.tokens[k];
    if (t === undefined) return null;
    if (t.kind === "quote" && this.opensAt(doc, k) >= 0) return this.fromQuotation(doc, k);
    // قال: إن المفاوضات مستمرة — after a colon an unquoted complementizer is not part of the content.
    if (isColon(doc.tokens[c - 1]) && this.word(doc, k)?.complementizer) return this.after(doc, k + 1);
    return this.clause(doc, k);
  }

  /** An unquoted clause from token `k` to the end of its sentence. */
  clause(doc: Doc, k: number): Content | null {
    const tokens = doc.tokens;
    let end = doc.clauseEnd[k] as number;
    // An unclosed quotation inside the clause runs to the end of the paragraph.
    if (end <= k) return null;
    const last = tokens[end - 1];
    const first = tokens[k];
    if (!first || !last) return null;
    let endChar = last.end;
    if (isComma(last) || isColon(last)) endChar = last.start;
    end = Math.max(end, k);
    if (endChar <= first.start) return null;
    return {
      kind: "indirect",
      start: first.start,
      end: trimEnd(doc.text, first.start, endChar),
      lastToken: -1,
      unclosed: false,
    };
  }

  /**
   * Content that starts with the quotation opened at `o`: direct when the quotation runs to the end of its
   * clause (only a short tail or a prepositional phrase after it), else indirect to the end of the sentence.
   */
  fromQuotation(doc: Doc, o: number): Content | null {
    const q = this.opensAt(doc, o);
    const quotation = doc.marks.quotations[q];
    const open = doc.tokens[o];
    if (!quotation || !open) return null;
    if (quotation.close < 0) {
      const end = trimEnd(doc.text, open.end, doc.text.length);
      if (end <= open.end) return null;
      return {
        kind: "direct",
        start: skipSpace(doc.text, open.end),
        end,
        lastToken: doc.tokens.length,
        unclosed: true,
      };
    }
    const close = doc.tokens[quotation.close] as Token;
    const inner = wordsBetween(doc.tokens, quotation.open, quotation.close, 64);
    if (inner === 0) return null;
    const tail = this.tail(doc, quotation.close + 1);
    const direct =
      tail.words === 0 ||
      (tail.words <= 2 && !tail.waw) ||
      // A prepositional tail is an adjunct of a quotation that carries the clause, not of a short fragment that
      // the tail carries on ("الوقت ينفد" أمام مئات الأسر: indirect).
      (tail.preposition && tail.words <= 6 && inner >= 2 * tail.words) ||
      inner >= 3 * tail.words;
    if (direct) {
      const start = skipSpace(doc.text, open.end);
      const end = trimEnd(doc.text, start, close.start);
      return { kind: "direct", start, end, lastToken: quotation.close, unclosed: false };
    }
    return this.clause(doc, o);
  }

  /** The words after a closed quotation up to the end of its clause. */
  tail(doc: Doc, from: number): { words: number; waw: boolean; preposition: boolean } {
    let words = 0;
    let waw = false;
    let preposition = false;
    for (let k = from; k < doc.tokens.length && words <= 12; k++) {
      const t = doc.tokens[k] as Token;
      if (t.kind === "punct") {
        if (isComma(t) || isSentenceEnd(t) || isColon(t)) break;
        continue;
      }
      if (t.kind === "quote") {
        if (this.opensAt(doc, k) >= 0) break;
        continue;
      }
      if (t.kind !== "word") continue;
      const w = doc.grammar.word(k) as WordInfo;
      if ((w.cue && w.cue.type !== "noun") || doc.grammar.phraseAt(k, this.lex.trailingIntroducers) > 0)
        break;
      if (words === 0) {
        waw = w.conjunction && t.key.startsWith("\u0648");
        preposition = this.lex.tailPrepositions.has(w.key) || w.adjunct;
      }
      words++;
    }
    return { words, waw, preposition };
  }

  /** A quotation placed before its cue ("…"، هكذا فسر X، بلوغ …; "…"، قال X). */
  inverted(
    doc: Doc,
    i: number,
    w: WordInfo,
    np: NounPhrase | null,
    consumed: Consumed,
    pointed = false,
  ): void {
    let p = i - 1;
    let pointer = false;
    for (let guard = 0; guard < 3 && p >= 0; guard++) {
      const x = this.word(doc, p);
      const adverb = x !== null && this.lex.inversionAdverbs.has(x.key);
      pointer ||= adverb;
      if (isComma(doc.tokens[p]) || isDash(doc.tokens[p]) || adverb) p--;
      else if (x?.function && this.lex.inversionDemonstratives.has(this.word(doc, p - 1)?.key ?? "")) {
        // "…"، هذا ما قاله X: the demonstrative with ما points back at the quotation.
        pointer = true;
        p -= 2;
      } else break;
    }
    // (`pointed`: a verb that is speech only here needs the word pointing back at the quotation.)
    if (pointed && !pointer) return;
    const closer = doc.tokens[p];
    if (closer?.kind !== "quote") return;
    const q = doc.marks.markOf[p] ?? -1;
    const quotation = q >= 0 ? doc.marks.quotations[q] : undefined;
    if (!quotation || quotation.close !== p) return;
    const o = quotation.open;
    if (!(o === 0 || doc.sentenceStart[o] === o || isColon(doc.tokens[o - 1]))) return;
    // Not when the quotation is already the content of a quote (the latest few of this paragraph).
    const from = doc.offset + (doc.tokens[o] as Token).end;
    const to = doc.offset + (doc.tokens[p] as Token).start;
    for (let d = this.drafts.length - 1; d >= 0 && d >= this.drafts.length - 8; d--) {
      const draft = this.drafts[d] as Draft;
      if (draft.paragraph !== doc.index) break;
      if (draft.start <= from && draft.end >= to) return;
    }
    const cue = w.cue as CueForm;
    let entity: Entity | null = null;
    let speakerSpan: Span | null = null;
    if (np) {
      entity = this.resolve(doc, np, cue);
      speakerSpan = this.span(doc, this.mentionRange(np));
      if (entity) this.registry.mention(entity, doc.index, np.start, speakerSpan);
    } else entity = this.registry.continuation(cue, doc.index);
    if (entity) entity.quoted = true;
    const open = doc.tokens[o] as Token;
    const start = skipSpace(doc.text, open.end);
    const t = doc.tokens[i] as Token;
    const prefix = w.conjunction ? 1 : 0;
    consumed[i] = 1;
    this.drafts.push({
      paragraph: doc.index,
      kind: "direct",
      start: doc.offset + start,
      end: doc.offset + trimEnd(doc.text, start, closer.start),
      cue: t.text.slice(prefix),
      cueSpan: { start: doc.offset + t.start + prefix, end: doc.offset + t.end },
      entity,
      speakerSpan,
      confidence: entity ? 0.8 : 0.3,
      order: o,
      unclosed: false,
      sentence: doc.sentenceStart[o] as number,
    });
  }

  /**
   * Whether the words before the comma at `comma` (back to the comma before them, after `from`) are an adjunct
   * set off by commas: they open with an adjunct preposition or في (…، خلال زيارته للبلدية،).
   */
  commaSetAdjunctBefore(doc: Doc, from: number, comma: number): boolean {
    let s = comma - 1;
    while (s > from && !isComma(doc.tokens[s - 1])) s--;
    if (s <= from || s >= comma) return false;
    const first = this.word(doc, s);
    return first !== null && (first.adjunct || first.key === "\u0641\u064A");
  }

  /**
   * Whether the quotation opened at `k` is an object, not a cue's content: it follows a preposition (دعا إلى
   * "…"), a noun that takes a verbal noun (شدد على ضرورة "…"، أكد أهمية "…") or a word that opens the
   * narrator's next clause (…، لكن "…").
   */
  objectBefore(doc: Doc, k: number): boolean {
    const before = this.word(doc, k - 1);
    if (before === null) return false;
    if (this.lex.complementizerPrepositions.has(before.key) || this.lex.objectVerbalNouns.has(before.key))
      return true;
    return doc.grammar.phraseAt(k - 1, this.lex.clauseBreakers) === 1;
  }

  /** A speech noun with a colon or quotation after it (… قولها: "…"), not a trailing repeat (بحسب قوله). */
  nounCue(doc: Doc, i: number, w: WordInfo, consumed: Consumed): number {
    const g = doc.grammar;
    if (
      g.phraseAt(i - 1, this.lex.trailingIntroducers) > 0 ||
      g.phraseAt(i - 2, this.lex.trailingIntroducers) > 1
    )
      return -1;
    if (w.key === w.base && !w.definite) return -1;
    let k = i + 1;
    const next = this.word(doc, k);
    if (next?.function && next.preposition) k++;
    const t = doc.tokens[k];
    if (!t || !(isColon(t) || this.opensAt(doc, k) >= 0)) return -1;
    const content = isColon(t) ? this.after(doc, k + 1) : this.fromQuotation(doc, k);
    if (!content) return -1;
    consumed[i] = 1;
    const cue = w.cue as CueForm;
    const entity = this.registry.continuation(cue, doc.index);
    if (entity) entity.quoted = true;
    const tok = doc.tokens[i] as Token;
    const prefix = w.conjunction ? 1 : 0;
    this.drafts.push({
      paragraph: doc.index,
      kind: content.kind,
      start: doc.offset + content.start,
      end: doc.offset + content.end,
      cue: tok.text.slice(prefix),
      cueSpan: { start: doc.offset + tok.start + prefix, end: doc.offset + tok.end },
      entity,
      speakerSpan: null,
      confidence: entity ? 0.6 : 0.3,
      order: i,
      unclosed: content.unclosed,
      sentence: doc.sentenceStart[i] as number,
    });
    return content.kind === "direct" ? content.lastToken : -1;
  }

  /**
   * A trailing attribution at `i`: `بحسب/حسب/وفق/وفقا ل/طبقا ل/على حد` + `ما` + speech verb + speaker attributes
   * the quotation or clause before it; with a noun (بحسب قوله، على حد تعبيره) it only repeats the speaker.
   * Returns whether the tokens at `i` were a trailing attribution.
   */
  trailing(doc: Doc, i: number, consumed: Consumed): boolean {
    const g = doc.grammar;
    const len = g.phraseAt(i, this.lex.trailingIntroducers);
    // حسبما، بحسبما، كما: the introducer written with ما (U+0645 U+0627) glued on.
    const glued = len === 0 && this.gluedTrailing(doc, i);
    if (len === 0 && !glued) return false;
    let k = glued ? i + 1 : i + len;
    const x = this.word(doc, k);
    if (!x) return false;
    // (With a glued introducer, x is already the verb.)
    if (glued) k = i + 1;
    else if (x.key === "\u0645\u0627" || x.key === "\u0644\u0645\u0627") k++;
    else if (x.key === "\u0644" && this.word(doc, k + 1)?.key === "\u0645\u0627") k += 2;
    else {
      if (x.cue?.type === "noun" || this.lex.repeatNouns.has(x.base) || this.repeatNoun(x)) {
        consumed[k] = 1;
        this.quotedSentenceBefore(doc, i, k);
        return true;
      }
      return false;
    }
    const verb = this.word(doc, k);
    // وفق ما ذكره X: after ما a weak form with a pronoun (ذكره، نقلته) is the verb with its object, not a noun.
    const cue = verb?.cue?.type === "verb" ? verb.cue : verb ? this.suffixedVerb(verb) : null;
    if (!verb || !cue) return false;
    let j = k + 1;
    const adverb = this.word(doc, j);
    // وفق ما أفاد به X: the preposition with the pronoun that points back at the content.
    // (وفق ما نقله عنهم X: عن with a pronoun is the source the speaker relayed, not the speaker.)
    const back = adverb !== null && ((adverb.function && adverb.preposition) || this.resumptive(adverb));
    if (back) j++;
    // وفق ما أكده لـ"مدار 24" X، لرويترز X: the addressee stands between the verb and its subject.
    const lam = this.word(doc, j);
    if (lam?.key === "\u0644") {
      const close = g.shortQuotation(g.skipJoiners(j + 1), MAX_OUTLET_WORDS);
      if (close >= 0) j = close + 1;
    } else if (lam !== null && !back && g.addressee(j)) j++;
    let np = g.phrase(j);
    let after = np ? np.end : j;
    // حسب ما نقلت وكالة "وفا" عن مصدر حكومي: a relayed statement is the original source's.
    if (np && this.lex.relayVerbs.has(cue.lemma) && this.word(doc, after)?.key === "\u0639\u0646") {
      const source = g.phrase(after + 1);
      if (source) {
        np = source;
        after = source.end;
      }
    }
    // حسب ما أكدت X أنها سمعته: the verb has content of its own, so it is an ordinary cue.
    const own = this.content(doc, after, true);
    if (own) return false;
    // كما أكد الوزير أهمية …: كما is also "as well"; it attributes only with a pronoun that points back at the
    // content (كما ذكره X، كما أفاد به X) and a speaker that closes the clause.
    if (
      glued &&
      this.word(doc, i)?.key === "\u0643\u0645\u0627" &&
      (!np || !this.closesClause(doc, after) || !(back || cue !== verb.cue))
    )
      return false;
    consumed[k] = 1;
    for (let c = i; c < after; c++) consumed[c] = 1;
    // The content before the attribution.
    let p = i - 1;
    while (p >= 0 && (isComma(doc.tokens[p]) || isDash(doc.tokens[p]))) p--;
    if (p < 0) return true;
    const closer = doc.tokens[p] as Token;
    let kind: "direct" | "indirect" = "indirect";
    let start: number;
    let end: number;
    const q = doc.marks.markOf[p] ?? -1;
    const quotation = q >= 0 ? doc.marks.quotations[q] : undefined;
    if (closer.kind === "quote" && quotation && quotation.close === p) {
      const open = doc.tokens[quotation.open] as Token;
      kind = "direct";
      start = skipSpace(doc.text, open.end);
      end = trimEnd(doc.text, start, closer.start);
    } else {
      const s = doc.sentenceStart[i] as number;
      const first = doc.tokens[s];
      if (!first || s >= i) return true;
      start = first.start;
      end = trimEnd(doc.text, start, closer.end);
    }
    if (end <= start) return true;
    let entity: Entity | null = null;
    let speakerSpan: Span | null = null;
    if (np) {
      entity = this.resolve(doc, np, cue);
      speakerSpan = this.span(doc, this.mentionRange(np));
    } else entity = this.sentenceSubject(doc, i) ?? this.registry.continuation(cue, doc.index);
    // The same speaker as the quote just before in this sentence: a repeat, not a new quote.
    const sentence = doc.sentenceStart[i] as number;
    const previous = this.drafts[this.drafts.length - 1];
    if (
      previous &&
      previous.paragraph === doc.index &&
      previous.sentence === sentence &&
      previous.entity === entity
    )
      return true;
    if (entity) {
      entity.quoted = true;
      if (np) this.registry.mention(entity, doc.index, np.start, speakerSpan);
    }
    const tok = doc.tokens[k] as Token;
    const prefix = verb.conjunction ? 1 : 0;
    this.drafts.push({
      paragraph: doc.index,
      kind,
      start: doc.offset + start,
      end: doc.offset + end,
      cue: tok.text.slice(prefix),
      cueSpan: { start: doc.offset + tok.start + prefix, end: doc.offset + tok.end },
      entity,
      speakerSpan,
      confidence: entity ? 0.65 : 0.3,
      order: i,
      unclosed: false,
      sentence,
    });
    return true;
  }

  /**
   * A quotation that is a sentence of its own, with the noun of a trailing attribution after it ("…"، بحسب
   * قولها / "…"، على حد تعبير الطارقي): a direct quote whose cue is the noun at `k` and whose speaker is the
   * name after it or, for a pronoun, the speaker the text goes on with. A quotation after a cue in its own
   * sentence (وأضاف: "…"، بحسب قوله) was quoted already: the noun only repeats its speaker.
   */
  quotedSentenceBefore(doc: Doc, i: number, k: number): void {
    let p = i - 1;
    while (p >= 0 && (isComma(doc.tokens[p]) || isDash(doc.tokens[p]))) p--;
    const closer = p >= 0 ? (doc.tokens[p] as Token) : undefined;
    const q = p >= 0 ? (doc.marks.markOf[p] ?? -1) : -1;
    const quotation = q >= 0 ? doc.marks.quotations[q] : undefined;
    if (closer?.kind !== "quote" || !quotation || quotation.close !== p) return;
    if (doc.sentenceStart[quotation.open] !== quotation.open) return;
    const open = doc.tokens[quotation.open] as Token;
    const start = skipSpace(doc.text, open.end);
    const end = trimEnd(doc.text, start, closer.start);
    if (end <= start) return;
    // Drafts come in paragraph order (each is pushed while its paragraph is walked): only this paragraph's,
    // at the end of the list, can hold the quotation already.
    for (let j = this.drafts.length - 1; j >= 0; j--) {
      const d = this.drafts[j] as Draft;
      if (d.paragraph !== doc.index) break;
      if (d.start <= doc.offset + start && d.end >= doc.offset + start) return;
    }
    const np = doc.grammar.phrase(k + 1);
    let entity: Entity | null = null;
    let speakerSpan: Span | null = null;
    if (np && np.kind === "person") {
      entity = this.resolve(doc, np, null);
      speakerSpan = this.span(doc, this.mentionRange(np));
    } else entity = this.registry.latestSpeaker(null);
    if (!entity) return;
    entity.quoted = true;
    if (np && speakerSpan) this.registry.mention(entity, doc.index, np.start, speakerSpan);
    const tok = doc.tokens[k] as Token;
    this.drafts.push({
      paragraph: doc.index,
      kind: "direct",
      start: doc.offset + start,
      end: doc.offset + end,
      cue: tok.text,
      cueSpan: { start: doc.offset + tok.start, end: doc.offset + tok.end },
      entity,
      speakerSpan,
      confidence: 0.6,
      order: quotation.open,
      unclosed: false,
      sentence: doc.sentenceStart[i] as number,
    });
  }

  /**
   * Whether the word at `i` is a one-word trailing introducer with ما glued on (حسبما، بحسبما، وفقما) or كما
   * after a comma (… ، كما ذكر X): both read as `introducer + ما`.
   */
  gluedTrailing(doc: Doc, i: number): boolean {
    const key = this.word(doc, i)?.key;
    if (!key || key.length < 3 || !key.endsWith("\u0645\u0627")) return false;
    if (key === "\u0643\u0645\u0627") return isComma(doc.tokens[i - 1]);
    return this.lex.trailingIntroducers.byFirst.get(key.slice(0, -2))?.some((p) => p.length === 1) ?? false;
  }

  /** A speech verb written with an object pronoun (ذكره، أكدته، نقلها), whatever its weak reading as a noun. */
  suffixedVerb(w: WordInfo): CueForm | null {
    if (w.definite || w.preposition) return null;
    for (const s of this.lex.pronounSuffixes) {
      if (w.key.length <= s.length + 2 || !w.key.endsWith(s)) continue;
      const form = this.lex.cueForms.get(w.key.slice(0, -s.length));
      if (form?.type === "verb") return form;
    }
    return null;
  }

  /** Whether the token at `i` ends the clause: the end of the paragraph, a sentence end or a comma. */
  closesClause(doc: Doc, i: number): boolean {
    const t = doc.tokens[i];
    return t === undefined || isSentenceEnd(t) || isComma(t);
  }

  /** Whether a word is ب/ل/عن with a pronoun (به، لها، عنه): it points back at what was said. */
  resumptive(w: WordInfo): boolean {
    const k = w.key;
    const cut = k.startsWith("\u0639\u0646") ? 2 : k.startsWith("\u0628") || k.startsWith("\u0644") ? 1 : 0;
    return cut > 0 && this.lex.pronounSuffixes.includes(k.slice(cut));
  }

  /**
   * The subject of the sentence that holds `i` (وكانت الإدارة قد أطلقت …، وفق ما ذكرته → الإدارة): named at
   * its start, after an auxiliary or a verb; `null` when it names no speaker-like subject.
   */
  sentenceSubject(doc: Doc, i: number): Entity | null {
    let k = doc.sentenceStart[i] as number;
    for (let guard = 0; guard < 3; guard++) {
      const w = this.word(doc, k);
      if (!w || !(w.opener || w.auxiliary || w.key === "\u0642\u062F")) break;
      k++;
    }
    if (!this.strongStart(doc, k)) {
      const verb = this.word(doc, k);
      if (!verb || verb.definite || verb.function || verb.complementizer) return null;
      k++;
      if (!this.strongStart(doc, k)) return null;
    }
    if (k >= i) return null;
    const np = doc.grammar.phrase(k);
    if (!np || np.kind === "generic" || np.end > i) return null;
    return this.resolve(doc, np, null);
  }

  repeatNoun(w: WordInfo): boolean {
    for (const s of this.lex.pronounSuffixes) {
      if (w.key.length > s.length + 1 && w.key.endsWith(s)) {
        const stem = w.key.slice(0, -s.length);
        if (this.lex.repeatNouns.has(stem)) return true;
        if (stem.endsWith("\u062A") && this.lex.repeatNouns.has(`${stem.slice(0, -1)}\u0647`)) return true;
      }
    }
    return false;
  }

  /**
   * A paragraph that is only a quotation, right after a paragraph with a quote, continues that quote's speaker
   * (a quote without cue). A paragraph that opens unquoted and closes a quotation left open at the end of the one
   * before is the rest of that quote, not a quoted paragraph of its own: it gives no new quote.
   */
  bareQuotation(doc: Doc, previousHadQuote: boolean): boolean {
    if (!previousHadQuote) return false;
    const tokens = doc.tokens;
    const last = this.drafts[this.drafts.length - 1];
    if (!last) return false;
    const first = tokens[0];
    if (!first) return false;
    if (first.kind === "quote" && this.opensAt(doc, 0) >= 0) {
      const quotation = doc.marks.quotations[this.opensAt(doc, 0)];
      if (!quotation) return false;
      let rest = quotation.close < 0 ? tokens.length : quotation.close + 1;
      while (rest < tokens.length && (tokens[rest] as Token).kind === "punct") rest++;
      if (rest < tokens.length) return false;
      const content = this.fromQuotation(doc, 0);
      if (!content) return false;
      this.pushBare(doc, content.start, content.end, last, content.unclosed);
      return true;
    }
    return false;
  }

  /**
   * Whether the paragraph is only the rest of a quotation left open at the end of the one before: it opens
   * unquoted and closes that quotation at its end. It gives no quote, and speech inside it is quoted speech.
   */
  runOn(doc: Doc): boolean {
    const closer = doc.marks.strayCloser;
    if (closer < 0) return false;
    for (let rest = closer + 1; rest < doc.tokens.length; rest++)
      if ((doc.tokens[rest] as Token).kind !== "punct") return false;
    return true;
  }

  pushBare(doc: Doc, start: number, end: number, previous: Draft, unclosed: boolean): void {
    this.drafts.push({
      paragraph: doc.index,
      kind: "direct",
      start: doc.offset + start,
      end: doc.offset + end,
      cue: null,
      cueSpan: null,
      entity: previous.entity,
      speakerSpan: null,
      confidence: previous.entity ? 0.55 : 0.2,
      order: 0,
      unclosed,
      sentence: 0,
    });
  }

  // ---------------------------------------------------------------- output

  finish(): QuoteFindings {
    // (Comparators and loops at module level: a closure made per call costs more than the work here.)
    const drafts = [...this.drafts].sort(byPlace);
    const quotes: Quote[] = [];
    const order = new Set<Entity>();
    for (const d of drafts) {
      const doc = this.docs[d.paragraph] as Doc;
      const entity = d.entity;
      quotes.push({
        text: doc.text.slice(d.start - doc.offset, d.end - doc.offset),
        kind: d.kind,
        cue: d.cue,
        speaker: entity ? { name: entity.name, role: entity.role, organization: entity.organization } : null,
        paragraph: d.paragraph,
        span: { start: d.start, end: d.end },
        cueSpan: d.cueSpan,
        speakerSpan: d.speakerSpan,
        confidence: d.confidence,
      });
      if (entity) order.add(entity);
    }
    const speakers: Speaker[] = [];
    for (const e of order)
      speakers.push({
        name: e.name,
        role: e.role,
        organization: e.organization,
        mentions: [...e.mentions].sort(bySpan),
      });
    return { quotes, speakers };
  }
}

/** Drafts in text order: by paragraph, then cue, then content. */
function byPlace(a: Draft, b: Draft): number {
  return a.paragraph - b.paragraph || a.order - b.order || a.start - b.start;
}

/** Spans by start, then end. */
function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function rangeKeyOf(text: string): string[] {
  const tokens = tokenize(text);
  return tokens.filter((t) => t.kind === "word").map((t) => t.key);
}

/** The offset after white space from `i`. */
function skipSpace(text: string, i: number): number {
  let k = i;
  while (k < text.length && text.charCodeAt(k) <= 0x20) k++;
  while (k < text.length && (text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x20)) k++;
  return k;
}

/** `end` moved back over white space (not before `start`). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x20 || c === 0xa0 || (c >= 0x09 && c <= 0x0d) || c === 0x200f || c === 0x200e) e--;
    else break;
  }
  return e;
}
