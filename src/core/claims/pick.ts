/**
 * What the reader picked in a page to record as a claim ("Record this figure as a claim…"): the
 * figure at the selection, its sentence, and what the page says of itself. The page engine reads it
 * (src/page/figure-at-selection.ts), the background carries it to the options page's claim form in
 * the form's address, and the form checks it again with zod (recording.ts). Pure, no zod: the page
 * engine imports this module.
 */
import type { Approx, Direction, FigureKind } from '../figures/types';
import type { ContentLanguage } from './page-language';

/** The figure as the recognizer read it, with its place in `quote`. */
export interface PickedFigure {
  text: string;
  kind: FigureKind;
  value: number;
  unit: string | null;
  approx: Approx;
  max?: number;
  direction?: Direction;
  /** UTF-16 offsets into the pick's quote (end exclusive) */
  start: number;
  end: number;
}

export interface PagePick {
  url: string;
  title: string;
  /** og:site_name, else the page's host */
  publisher: string;
  /** the page's publication day (yyyy-mm-dd), when its metadata states one */
  published?: string;
  language: ContentLanguage;
  /** the selected text, as the reader selected it */
  selection: string;
  /** the figure's sentence; the selection itself when no figure was read */
  quote: string;
  /** absent: the selection holds no figure the recognizer reads */
  figure?: PickedFigure;
  /** the id of the dataset subject the sentence (else its block, else the page title) names */
  subject?: string;
  /** words that attach the figure to what it measures, nearest first: suggestions for the topic words */
  topics: string[];
  /** the claim the figure is marked with, when it is */
  claimId?: string;
}

/** The options page's address for the claim form prefilled with `pick`. */
export function recordFormPath(pick: PagePick): string {
  return `options.html#record=${encodeURIComponent(JSON.stringify(pick))}`;
}

/** The pick in an options page address's hash (`#record=…`), unparsed and unchecked; undefined for none. */
export function pickInHash(hash: string): unknown {
  const m = /^#record=(.*)$/s.exec(hash);
  if (!m) return undefined;
  try {
    return JSON.parse(decodeURIComponent(m[1]!));
  } catch {
    return null;
  }
}

/** The sentence enders of English and Chinese text (full-width ones too). */
const SENTENCE_END = /[.!?。！？；;]/;
/** A point between digits ("9.2") or after an abbreviation's capital ("U.S.") does not end a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (!SENTENCE_END.test(c)) return false;
  if (c === '.') {
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next)) return false;
    if (/[A-Z]/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i - 2] ?? '')) return false;
  }
  return true;
}

/** The [start, end) of the sentence of `text` around `[from, to)`, trimmed. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = Math.max(to, from);
  while (end < text.length && !endsSentence(text, end)) end++;
  if (end < text.length) end++; // keep the sentence's own full stop
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Clause breaks: commas, colons, dashes and brackets in both scripts. */
const CLAUSE_BREAK = /[,，:：、—–()（）]/;
const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;
/** Runs of ideographs; function characters split them into the content words around them. */
const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const HAN_FUNCTION = /[的了在是和与與及将將已也为為对對于於其这這那该該从從到被把并並而或之]/;

/** English words that never say what a figure measures. */
const STOP_WORDS = new Set(
  (
    'a an the and or but of in on at to for from by with as is are was were be been being has have had ' +
    'it its this that these those their his her our your they he she we you i which who whom whose what ' +
    'will would could should may might can said says say told about over under more than less some any ' +
    'into onto up down out off new also just only very most much many such per year years month months ' +
    'day days week weeks billion million trillion thousand hundred percent per cent yuan dollars dollar ' +
    'according after before since while during when then there here not no'
  ).split(' '),
);

/** The clause of `text` that holds `[start, end)`. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  return [from, to];
}

interface Word {
  word: string;
  distance: number;
}

function wordsIn(text: string, span: [number, number], figure: [number, number], exclude: Set<string>) {
  const words: Word[] = [];
  const distanceOf = (start: number, end: number) =>
    end <= figure[0] ? figure[0] - end : start >= figure[1] ? start - figure[1] : 0;
  const slice = text.slice(span[0], span[1]);
  for (const m of slice.matchAll(LATIN_WORD)) {
    const word = m[0].toLowerCase().replace(/['’]s$/, '');
    const start = span[0] + m.index;
    if (word.length < 3 || STOP_WORDS.has(word) || exclude.has(word)) continue;
    words.push({ word, distance: distanceOf(start, start + m[0].length) });
  }
  for (const m of slice.matchAll(HAN_RUN)) {
    // a run split at its function characters: "募集了" -> "募集"; pieces of 2 to 4 characters
    let offset = span[0] + m.index;
    for (const piece of m[0].split(HAN_FUNCTION)) {
      const start = offset;
      offset += piece.length + 1;
      if (piece.length < 2 || exclude.has(piece)) continue;
      // a long run is no one word: its two characters nearest the figure
      const nearEnd = start < figure[0];
      const word = piece.length <= 4 ? piece : nearEnd ? piece.slice(-2) : piece.slice(0, 2);
      const at = nearEnd ? start + piece.length - word.length : start;
      words.push({ word, distance: distanceOf(at, at + word.length) });
    }
  }
  return words;
}

/** At most this many topic suggestions: the editor keeps the ones that say what is measured. */
export const MAX_TOPIC_SUGGESTIONS = 6;

/**
 * Suggested topic words for a figure at `[start, end)` of `sentence`: the content words of its own
 * clause nearest first, then the rest of its sentence's, without the subject's names (`exclude`,
 * lowercased) and words that never say what is measured. These are the words a page uses to attach
 * a figure to its measure ("raised", "foundries"; "募集", "晶圆厂").
 */
export function topicSuggestions(
  sentence: string,
  start: number,
  end: number,
  exclude: readonly string[] = [],
): string[] {
  const excluded = new Set(exclude.map((w) => w.toLowerCase()));
  // the figure and the subject's names blanked out, offsets kept: "芯片联盟募集了3800亿元" -> "    募集了      "
  let text = sentence.slice(0, start) + ' '.repeat(end - start) + sentence.slice(end);
  // a lower case of another length (rare letters such as "İ") would move the offsets: match as written
  const lower = text.toLowerCase().length === text.length ? text.toLowerCase() : text;
  for (const name of excluded) {
    if (!name) continue;
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length))
      text = text.slice(0, at) + ' '.repeat(name.length) + text.slice(at + name.length);
  }
  const clause = clauseAround(text, start, end);
  const own = wordsIn(text, clause, [start, end], excluded).sort((a, b) => a.distance - b.distance);
  const rest = [
    ...wordsIn(text, [0, clause[0]], [start, end], excluded),
    ...wordsIn(text, [clause[1], text.length], [start, end], excluded),
  ].sort((a, b) => a.distance - b.distance);
  const out: string[] = [];
  for (const { word } of [...own, ...rest]) {
    if (!out.includes(word)) out.push(word);
    if (out.length === MAX_TOPIC_SUGGESTIONS) break;
  }
  return out;
}

/** A subject as the guess needs it: its id and the names a page calls it by. */
export interface SubjectNames {
  id: string;
  aliases: readonly string[];
}

const isLatin = (alias: string) => /^[\x20-\x7e]+$/.test(alias);

/** Where `alias` stands in `text` (English as a whole word, all-caps ones case-sensitively), or -1. */
function aliasAt(text: string, alias: string): number {
  if (!isLatin(alias)) return text.indexOf(alias);
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flags = alias === alias.toUpperCase() ? '' : 'i';
  const m = new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, flags).exec(text);
  return m ? m.index : -1;
}

/**
 * The subject a figure is most likely about: the one named nearest the figure in its sentence,
 * else the first named in its block, else in the page's title; undefined when none is named.
 */
export function guessSubject(
  subjects: readonly SubjectNames[],
  sentence: string,
  figureStart: number,
  block: string,
  title: string,
): string | undefined {
  const nearest = (text: string, at: number) => {
    let best: { id: string; distance: number } | undefined;
    for (const subject of subjects) {
      for (const alias of subject.aliases) {
        const found = aliasAt(text, alias);
        if (found < 0) continue;
        const distance = Math.abs(found - at);
        if (!best || distance < best.distance) best = { id: subject.id, distance };
      }
    }
    return best?.id;
  };
  return nearest(sentence, figureStart) ?? nearest(block, 0) ?? nearest(title, 0);
}
