/**
 * Text helpers for the matcher: a phrase finder (one trie over every alias and topic word, so the
 * cost of scanning a block does not grow with the number of phrases) and sentence spans.
 * Pure: no DOM, no Node APIs.
 */

export interface Phrase {
  /** what the caller attaches: a subject, a topic word, another company */
  kind: number;
  ref: number;
  /** the phrase as written */
  text: string;
}

interface Entry extends Phrase {
  /** ASCII letters/digits at the start: must start a word */
  wordStart: boolean;
  /** must end a word (not for prefixes like "invest*" or Chinese phrases) */
  wordEnd: boolean;
  /** ends with a digit: the next character must not be a digit either */
  endsWithDigit: boolean;
  /** all-caps aliases (tickers: BABA) match case-sensitively */
  caseSensitive: boolean;
}

interface Node {
  next: Map<number, Node>;
  out?: Entry[];
}

export interface Hit {
  kind: number;
  ref: number;
  start: number;
  end: number;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Lowercases without changing offsets (toLowerCase can change the length of a few characters). */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export class PhraseFinder {
  private readonly root: Node = { next: new Map() };
  size = 0;

  /**
   * Adds a phrase. A trailing `*` makes it a prefix ("invest*" matches "investment").
   * `caseSensitive` defaults to true for all-caps ASCII phrases of two or more letters.
   */
  add(phrase: Phrase, options: { caseSensitive?: boolean } = {}): void {
    let text = phrase.text.trim();
    let prefix = false;
    if (text.endsWith('*')) {
      prefix = true;
      text = text.slice(0, -1);
    }
    if (!text) return;
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    const caseSensitive = options.caseSensitive ?? (/^[A-Z0-9.&-]+$/.test(text) && /[A-Z].*[A-Z]/.test(text));
    const entry: Entry = {
      ...phrase,
      text,
      wordStart: isAsciiAlnum(first),
      wordEnd: !prefix && isAsciiAlnum(last),
      endsWithDigit: isDigit(last),
      caseSensitive,
    };
    const key = foldCase(text);
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = node.next.get(c);
      if (!next) {
        next = { next: new Map() };
        node.next.set(c, next);
      }
      node = next;
    }
    if (!node.out) node.out = [];
    node.out.push(entry);
    this.size++;
  }

  /** Every occurrence of every phrase in text (`lower` = foldCase(text)), overlapping ones included. */
  find(text: string, lower: string = foldCase(text)): Hit[] {
    const hits: Hit[] = [];
    this.scan(text, lower, (hit) => {
      hits.push(hit);
      return false;
    });
    return hits;
  }

  /** Whether any phrase occurs in text: `find` that stops at the first hit. */
  has(text: string, lower: string = foldCase(text)): boolean {
    return this.scan(text, lower, () => true);
  }

  /** Calls `onHit` for each occurrence in text order until it returns true; returns whether it did. */
  private scan(text: string, lower: string, onHit: (hit: Hit) => boolean): boolean {
    const n = lower.length;
    const root = this.root;
    for (let i = 0; i < n; i++) {
      let node = root.next.get(lower.charCodeAt(i));
      if (!node) continue;
      const atWordStart = i === 0 || !isAsciiAlnum(text.charCodeAt(i - 1));
      let j = i + 1;
      while (node) {
        if (node.out) {
          const after = j < n ? text.charCodeAt(j) : -1;
          for (const e of node.out) {
            if (e.wordStart && !atWordStart) continue;
            if (e.wordEnd && isAsciiLetter(after)) continue;
            if (e.endsWithDigit && isDigit(after)) continue;
            if (e.caseSensitive && text.slice(i, j) !== e.text) continue;
            if (onHit({ kind: e.kind, ref: e.ref, start: i, end: j })) return true;
          }
        }
        if (j >= n) break;
        node = node.next.get(lower.charCodeAt(j));
        j++;
      }
    }
    return false;
  }
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'st',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'approx',
  'est',
]);

const CJK_END = /[\u3002\uff01\uff1f\uff1b]/; // 。！？；

/**
 * Sentence spans [start, end) covering the text. Chinese sentences end at 。！？；; English ones at
 * . ! ? followed by a space and a capital, digit, quote or Chinese text (not after "U.S." or "Inc.");
 * line breaks always end a sentence. Decimal points never do.
 */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const n = text.length;
  const enders = /[.!?;\n\u3002\uff01\uff1f\uff1b]/g; // 。！？；
  for (let m = enders.exec(text); m; m = enders.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    let end = -1;
    if (ch === '\n' || CJK_END.test(ch)) end = i + 1;
    else {
      // skip closing quotes/brackets
      let j = i + 1;
      while (j < n && /["'\u201d\u2019)\]]/.test(text[j]!)) j++;
      if (j >= n) end = j;
      else if (/\s/.test(text[j]!)) {
        let k = j;
        while (k < n && /\s/.test(text[k]!)) k++;
        const next = text[k];
        const startsSentence =
          next === undefined || /[A-Z0-9"'\u201c\u2018(\u3400-\u9fff]/.test(next) || ch !== '.';
        if (startsSentence && (ch !== '.' || !isAbbreviation(text, i))) end = j;
      } else if (ch === '.' && /[\u3400-\u9fff]/.test(text[j]!)) end = j;
    }
    if (end > 0) {
      spans.push([start, end]);
      start = end;
      enders.lastIndex = end;
    }
  }
  if (start < n || spans.length === 0) spans.push([start, n]);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // single capital initials: "J. Smith"
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]!);
}
