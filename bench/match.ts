/**
 * `npm run bench:match`: the matcher's cost per figure with 20 claims and with 10,000 generated
 * claims, in one run (design.md budget: within 2x), and the index load time for 10,000 claims.
 * Figures are found once up front; only `match` is timed. Prints ratios; asserts nothing.
 * The budget's comparison keeps the answers the same: the 9,980 added claims are about the companies
 * the page names, but their figures are far from the page's, so what the ratio shows is what the
 * number of claims costs. A second comparison adds claims that the page's figures do meet, and so
 * also pays for the extra answers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type CompiledIndex, compileDatasets } from '../src/core/claims/compile';
import { createMatcher } from '../src/core/claims/matcher';
import { type Dataset, validateDataset } from '../src/core/claims/schema';
import { findFigures } from '../src/core/figures';
import type { Figure } from '../src/core/figures/types';

const ROOT = resolve(import.meta.dirname, '..');

function bundled(): Dataset {
  const file = resolve(ROOT, 'data/claims/alibaba-ai-2025.json');
  const r = validateDataset(JSON.parse(readFileSync(file, 'utf8')), file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.dataset;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  ['revenue*', '收入'],
  ['profit*', '利润'],
  ['invest*', '投资'],
  ['order*', '订单'],
  ['user*', '用户'],
  ['margin*', '利润率'],
  ['share*', '股价'],
];

const company = (i: number) => `Korvex${i}`;
const companyZh = (i: number) => `\u79d1\u6c83${i}\u96c6\u56e2`; // 科沃…集团

const SUBJECTS = 1000;

/** `count` generated claims spread over `subjects` generated companies, as one dataset. */
function generated(
  count: number,
  subjects = Math.max(1, Math.ceil(count / 10)),
  { seed = 1, id = 'gen', far = false }: { seed?: number; id?: string; far?: boolean } = {},
): Dataset {
  const rand = rng(seed);
  const ds: Dataset = {
    id: `${id}-${count}`,
    name: 'Generated',
    version: '0.0.0',
    license: 'CC0-1.0',
    maintainer: { name: 'bench' },
    subjects: Array.from({ length: subjects }, (_, i) => ({
      id: `co-${i}`,
      name: { en: company(i), zh: companyZh(i) },
      aliases: { en: [company(i)], zh: [companyZh(i)] },
    })),
    claims: [],
  };
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const r = rand();
    // far: values no page block comes near (trillions, hundreds of percent): every lookup is done
    // and every candidate weighed, but none is found, so the answers are those of the other claims
    const figure =
      r < 0.4
        ? {
            kind: 'money' as const,
            value: Math.round(rand() * 1000) * (far ? 1e11 : 1e8) + (far ? 1e13 : 0),
            unit: ['CNY', 'USD', 'HKD'][i % 3]!,
          }
        : r < 0.8
          ? {
              kind: 'percent' as const,
              value: Math.round(rand() * 600) / 10 + (far ? 500 : 0),
              direction: 'up' as const,
            }
          : {
              kind: 'number' as const,
              value: Math.round(rand() * 1000) * 1000 * (far ? 1e6 : 1),
              approx: 'over' as const,
            };
    ds.claims.push({
      id: `${id}-${i}`,
      subject: `co-${i % subjects}`,
      topics: { en: [topic[0]!], zh: [topic[1]!] },
      statement: { en: `Generated claim ${i}`, zh: `\u751f\u6210\u7684\u58f0\u660e${i}` },
      figure,
      asOf: '2025-01-01',
      rating: 'accurate',
      sources: [{ publisher: 'Bench', url: `https://example.com/${i}`, language: 'en' }],
      review: { by: 'bench', date: '2025-01-01' },
    } as Dataset['claims'][number]);
  }
  return ds;
}

/** A page-like mix of blocks: the Alibaba story in English and Chinese, other companies, generated ones. */
function blocks(): { text: string; figures: Figure[] }[] {
  const rand = rng(7);
  const texts: string[] = [];
  const story = [
    'Alibaba will spend more than 380 billion yuan ($53 billion) on AI infrastructure over the next three years.',
    'Alibaba shares surged over 7%, closing 9.2 percent higher at HK$174, the highest since 2021.',
    "Alibaba's Qwen has spawned over 170,000 derivative models and 600 million downloads.",
    'Alibaba Cloud revenue grew 26% in the June quarter; capital expenditure was RMB 38.6 billion.',
    'Tencent plans to invest 380 billion yuan, while Baidu shares fell 3.5%.',
    '阿里巴巴宣布未来三年投入3800亿元建设云和AI硬件基础设施，港股午后大涨超7%，收涨9.16%。',
    '阿里云预计到2032年，其全球数据中心的能耗规模将比2022年提升10倍。',
    'The index rose 1.2% and oil gained 0.8% as investors weighed $4.5 billion of outflows.',
  ];
  for (let i = 0; i < 400; i++) {
    if (i % 2 === 0) texts.push(story[i % story.length]!);
    else {
      const c = Math.floor(rand() * 1000);
      const pct = (Math.round(rand() * 600) / 10).toFixed(1);
      const bn = Math.round(rand() * 1000) / 10;
      texts.push(
        i % 3 === 0
          ? `${companyZh(c)}\u6536\u5165\u589e\u957f${pct}%\uff0c\u6295\u8d44${bn}\u4ebf\u5143\u3002` // 收入增长 投资 亿元
          : `${company(c)} said revenue rose ${pct}% to $${bn} billion, and it will invest RMB ${bn} billion in new orders.`,
      );
    }
  }
  return texts.map((text) => ({ text, figures: findFigures(text) }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function costPerFigure(index: CompiledIndex, work: { text: string; figures: Figure[] }[], rounds = 30) {
  const matcher = createMatcher(index);
  const figures = work.reduce((n, b) => n + b.figures.length, 0);
  let annotations = 0;
  for (const b of work) annotations += matcher.match(b.text, b.figures).length; // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const b of work) matcher.match(b.text, b.figures);
    times.push(performance.now() - t0);
  }
  return { usPerFigure: (median(times) * 1000) / figures, figures, annotations };
}

function loadTime(index: CompiledIndex, rounds = 10) {
  const json = JSON.stringify(index);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    createMatcher(JSON.parse(json) as CompiledIndex);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), bytes: json.length };
}

const base = bundled();
const baseClaims = compileDatasets([base]).claims.length;
const smallGenerated = generated(20 - baseClaims, SUBJECTS);
// the same 1,000 companies are known, but only 20 claims
const small = compileDatasets([base, smallGenerated]);
// the same 20 claims and 9,980 more about the same companies, whose figures the page never comes
// near: every lookup and every candidate is weighed as with real claims, the answers stay the same.
// This measures what the number of claims costs.
const equalAnswers = compileDatasets([
  base,
  smallGenerated,
  generated(10_000 - 20, SUBJECTS, { id: 'far', seed: 2, far: true }),
]);
// 10,000 claims whose figures the page does come near: more of its figures are found, which costs
// the work of each answer on top
const large = compileDatasets([base, generated(10_000 - baseClaims, SUBJECTS)]);
// 20 claims whose companies the page never names: most blocks stop at "no subject here"
const smallFew = compileDatasets([base, generated(20 - baseClaims, 1)]);
const work = blocks();

function compare(a: CompiledIndex, b: CompiledIndex) {
  // interleave the runs so machine noise hits both alike
  const as: number[] = [];
  const bs: number[] = [];
  let ai = costPerFigure(a, work, 5);
  let bi = costPerFigure(b, work, 5);
  for (let i = 0; i < 5; i++) {
    ai = costPerFigure(a, work);
    bi = costPerFigure(b, work);
    as.push(ai.usPerFigure);
    bs.push(bi.usPerFigure);
  }
  return { a: { ...ai, us: median(as) }, b: { ...bi, us: median(bs) } };
}

const line = (claims: number, r: { us: number; annotations: number }) =>
  `  ${String(claims).padStart(6)} claims: ${r.us.toFixed(2)} µs/figure (${r.annotations} annotations per pass)`;

const equal = compare(small, equalAnswers);
const more = compare(small, large);
const few = compare(smallFew, large);
const load = loadTime(large);
const loadSmall = loadTime(smallFew);
const ratio = (r: { a: { us: number }; b: { us: number } }) => (r.b.us / r.a.us).toFixed(2);

console.log(
  `matcher bench: ${work.length} blocks, ${equal.a.figures} figures per pass (median of 5 x 30 passes)`,
);
console.log(
  `same page, same ${SUBJECTS} companies known, 20 vs 10,000 claims, the same answers (9,980 claims the page's figures never come near):`,
);
console.log(line(small.claims.length, equal.a));
console.log(line(equalAnswers.claims.length, equal.b));
console.log(`  ratio: ${ratio(equal)}x (target <= 2x)`);
console.log("the same, but the 9,980 claims are near the page's figures, so more of them are found:");
console.log(line(small.claims.length, more.a));
console.log(line(large.claims.length, more.b));
console.log(`  ratio: ${ratio(more)}x (each answer found costs its own work on top)`);
console.log('20 claims of 1 generated company (most blocks name no known company) vs those 10,000:');
console.log(line(smallFew.claims.length, few.a));
console.log(line(large.claims.length, few.b));
console.log(`  ratio: ${ratio(few)}x (more blocks have subjects, so more real work)`);
console.log(
  `index load (JSON.parse + createMatcher): ${load.ms.toFixed(1)} ms for ${large.claims.length} claims (${(load.bytes / 1024).toFixed(0)} KB JSON); ${loadSmall.ms.toFixed(2)} ms for ${smallFew.claims.length} (${(loadSmall.bytes / 1024).toFixed(0)} KB)`,
);
