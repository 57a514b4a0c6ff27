/**
 * `npm run eval:specs` — runs Microsoft Recognizers-Text's Currency and Percent spec files (English and
 * Chinese) against findFigures and prints the pass rate per file and overall.
 *
 * The specs are read from ../shared/specs/recognizers-text/ next to the repository (never copied in).
 * Format: FORMAT.md there. Each case has an Input and the expected Results (Text, Start, End inclusive,
 * Resolution {value, unit, isoCurrency}).
 *
 * What "pass" means, for one case:
 *  - We keep our figures of the kinds the model covers: `money` for CurrencyModel; `percent` and
 *    `percentage_points` for PercentModel (the spec calls "12个百分点" a percentage of 12).
 *  - Every expected result must be matched by one of ours with the SAME SPAN (our start === Start and
 *    our end === End + 1), the same value (relative difference < 1e-9), and for money the same
 *    currency; and we must return nothing else of those kinds. Cases with no expected result pass only
 *    if we return nothing of those kinds.
 *  - Currency is compared as ISO 4217. The spec's isoCurrency is used when it gives one. When it gives
 *    only a unit name without a country, our contract decides: "Dollar" is USD ($ alone = USD), "Pound"
 *    is GBP, "Cent" is USD/100 and "Pence" GBP/100 (we return base units: 50 cents -> 0.5 USD), "Franc"
 *    is any franc (CHF/FRF), "Peseta" ESP, "Rupee" INR. These mappings are counted and printed.
 *  - NotSupported flags in the specs are about Microsoft's own ports; we run every case regardless.
 *
 * "By design" (counted, printed, and left out of the pass rate — the raw rate with them as failures is
 * printed too): expected results our contract deliberately does not produce:
 *  - a currency name with no number ("dollar", "人民币"): not a figure;
 *  - a bare "%" with no number;
 *  - "per cent of 210": we read a percent word after its number only;
 *  - one end of a range ("5-20%" -> spec wants "20%"): we return the range as one figure with max.
 * A case whose only expected results are by design is a by-design case; otherwise its other results
 * are compared as above.
 *
 * Tune and test halves: each file's cases are split by a stable hash of their Input (FNV-1a, 32 bits,
 * its lowest bit) into a tune half and a test half, and the pass rate of each half and of the whole is
 * printed. Only the tune half's failures and by-design cases are listed: work on the recognizer looks at
 * those, and the test half's rate says whether that work generalises (a gap of more than a few points
 * means it fits cases rather than forms of writing). `--all` lists the test half's failures too, for a
 * final review only.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFigures } from '../src/core/figures';
import type { Figure } from '../src/core/figures';

interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
  Start: number;
  End: number;
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = resolve(root, '../shared/specs/recognizers-text');
const FILES = [
  ['NumberWithUnit/English/CurrencyModel.json', 'money'],
  ['NumberWithUnit/Chinese/CurrencyModel.json', 'money'],
  ['Number/English/PercentModel.json', 'percent'],
  ['Number/Chinese/PercentModel.json', 'percent'],
] as const;

/** Unit names without a country: [accepted ISO codes, factor to base units, label]. */
const UNIT_NAMES: Record<string, readonly [string[], number]> = {
  Dollar: [['USD'], 1],
  Pound: [['GBP'], 1],
  Cent: [['USD'], 0.01],
  Pence: [['GBP'], 0.01],
  Franc: [['CHF', 'FRF'], 1],
  Peseta: [['ESP'], 1],
  Rupee: [['INR'], 1],
};

type Verdict = { kind: 'pass' | 'fail' | 'design'; why: string[]; mapped: string[] };

function byDesign(input: string, r: SpecResult, ours: Figure[]): string | null {
  const v = r.Resolution?.value;
  if (v === null || v === undefined || v === 'null') {
    return /%/.test(r.Text) ? 'bare % without a number' : 'currency name without a number';
  }
  if (/^per ?cent of /i.test(r.Text)) return "number after 'per cent'";
  const start = r.Start;
  const end = r.End + 1;
  if (ours.some((f) => f.max !== undefined && f.start < end && f.end >= end && f.start !== start)) {
    return 'one end of a range (we return the range)';
  }
  void input;
  return null;
}

function expectValue(
  r: SpecResult,
  mode: 'money' | 'percent',
): { value: number; codes: string[] | null; mapped?: string } {
  const res = r.Resolution ?? {};
  const raw = String(res.value ?? '');
  if (mode === 'percent') return { value: Number(raw.replace('%', '')), codes: null };
  const value = Number(raw);
  if (res.isoCurrency) return { value, codes: [res.isoCurrency] };
  const unit = res.unit ?? '';
  const named = UNIT_NAMES[unit];
  if (named) return { value: value * named[1], codes: named[0], mapped: `${unit} -> ${named[0].join('/')}` };
  return { value, codes: [`(${unit})`] };
}

const close = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function evaluate(c: SpecCase, mode: 'money' | 'percent'): Verdict {
  const all = findFigures(c.Input);
  const ours = all.filter((f) =>
    mode === 'money' ? f.kind === 'money' : f.kind === 'percent' || f.kind === 'percentage_points',
  );
  const why: string[] = [];
  const mapped: string[] = [];
  const designs: string[] = [];
  const used = new Set<Figure>();
  let compared = 0;
  for (const r of c.Results) {
    const d = byDesign(c.Input, r, ours);
    if (d !== null) {
      designs.push(d);
      // our range figure covering it is not an extra
      for (const f of ours) if (f.start <= r.Start && f.end >= r.End + 1) used.add(f);
      continue;
    }
    compared++;
    const exp = expectValue(r, mode);
    const f = ours.find((o) => o.start === r.Start && o.end === r.End + 1);
    if (!f) {
      const near = ours.find((o) => o.start < r.End + 1 && o.end > r.Start);
      why.push(
        near
          ? `span: want "${c.Input.slice(r.Start, r.End + 1)}" got "${near.text}"`
          : `missed "${c.Input.slice(r.Start, r.End + 1)}"`,
      );
      if (near) used.add(near);
      continue;
    }
    used.add(f);
    if (!close(f.value, exp.value)) why.push(`value of "${f.text}": want ${exp.value} got ${f.value}`);
    if (mode === 'money' && exp.codes !== null && !exp.codes.includes(f.unit ?? '')) {
      why.push(`unit of "${f.text}": want ${exp.codes.join('/')} got ${f.unit}`);
    } else if (exp.mapped) mapped.push(exp.mapped);
    if (f.kind === 'percentage_points') mapped.push('个百分点 -> percentage_points');
  }
  for (const f of ours)
    if (!used.has(f)) why.push(`extra "${f.text}" (${f.kind} ${f.value} ${f.unit ?? ''})`);
  if (compared === 0 && designs.length > 0 && why.length === 0)
    return { kind: 'design', why: designs, mapped };
  if (why.length === 0) return { kind: 'pass', why: designs, mapped };
  return { kind: 'fail', why, mapped };
}

/** The half a case belongs to, by the FNV-1a hash of its input: stable across runs and machines. */
export function specHalf(input: string): 'tune' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 1) === 0 ? 'tune' : 'test';
}

/** Pass and by-design counts of a set of cases. */
interface Tally {
  cases: number;
  passed: number;
  design: number;
}
const tally = (): Tally => ({ cases: 0, passed: 0, design: 0 });
const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const rate = (t: Tally): string => `${t.passed}/${t.cases - t.design} (${pct(t.passed, t.cases - t.design)})`;

function main(): number {
  const listAll = process.argv.includes('--all');
  const totals = { tune: tally(), test: tally() };
  for (const [file, mode] of FILES) {
    const path = join(specDir, file);
    const cases = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
    const halves = { tune: tally(), test: tally() };
    const fails: string[] = [];
    const designs: string[] = [];
    const mappedCount = new Map<string, number>();
    for (const c of cases) {
      const half = specHalf(c.Input);
      const t = halves[half];
      t.cases++;
      const v = evaluate(c, mode);
      for (const m of v.mapped) mappedCount.set(m, (mappedCount.get(m) ?? 0) + 1);
      const listed = half === 'tune' || listAll;
      const tag = half === 'tune' ? '' : '[test] ';
      if (v.kind === 'pass') {
        t.passed++;
        if (v.why.length > 0 && listed)
          designs.push(`  ~ ${tag}${JSON.stringify(c.Input)}: partly by design (${v.why.join('; ')})`);
      } else if (v.kind === 'design') {
        t.design++;
        if (listed) designs.push(`  ~ ${tag}${JSON.stringify(c.Input)}: ${v.why.join('; ')}`);
      } else if (listed) fails.push(`  x ${tag}${JSON.stringify(c.Input)}: ${v.why.join('; ')}`);
    }
    const whole: Tally = {
      cases: halves.tune.cases + halves.test.cases,
      passed: halves.tune.passed + halves.test.passed,
      design: halves.tune.design + halves.test.design,
    };
    for (const k of ['tune', 'test'] as const) {
      totals[k].cases += halves[k].cases;
      totals[k].passed += halves[k].passed;
      totals[k].design += halves[k].design;
    }
    console.log(
      `${file}: tune ${rate(halves.tune)}, test ${rate(halves.test)}, whole ${rate(whole)}; ` +
        `${whole.design} by design, ${whole.cases - whole.design - whole.passed} fail; raw ${pct(whole.passed, whole.cases)} of ${whole.cases}`,
    );
    if (mappedCount.size > 0) {
      console.log(
        `  contract mappings used in passing comparisons: ${[...mappedCount].map(([k, n]) => `${k} (${n})`).join(', ')}`,
      );
    }
    for (const l of designs) console.log(l);
    for (const l of fails) console.log(l);
  }
  const { tune, test } = totals;
  const whole: Tally = {
    cases: tune.cases + test.cases,
    passed: tune.passed + test.passed,
    design: tune.design + test.design,
  };
  console.log(
    `\noverall: tune ${rate(tune)}, test ${rate(test)}, whole ${rate(whole)} pass; ${whole.design} by design; ` +
      `raw ${pct(whole.passed, whole.cases)} of ${whole.cases} cases` +
      (listAll ? '' : '\n(failures listed for the tune half only; --all lists the test half too)'),
  );
  return 0;
}

process.exitCode = main();
