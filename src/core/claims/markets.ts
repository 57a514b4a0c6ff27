/**
 * Which listing a text speaks of: the U.S. one (ADRs, "U.S.-listed", 美股, 美國預託證券), Hong Kong's
 * (港股, "Hong Kong-listed") or the mainland's (A股). Pure.
 *
 * An article's listing carries over as its subject does: a headline or lead about the U.S.-listed
 * stock ("U.S.-listed Alibaba stock jumped Wednesday") makes a later paragraph that names no listing
 * at all ("Alibaba stock jumped 8% to close at 176.44") about that listing too. A claim whose measure
 * `excludes` words name that listing (the Hong Kong close excludes "ADR", "U.S.", 美股) is then not
 * the figure's: the paragraph speaks of another market. A paragraph that names any listing decides
 * for itself (the clause rule of `excludes`).
 *
 * The phrases name a listing, not a country: "U.S." alone is left out ("U.S. export controls" in a
 * lead says nothing about which shares moved). Chinese in both scripts (a unit test checks them
 * against OpenCC's traditional forms).
 */
import type { Lookup } from './lookup';
import { WORD } from './lookup';
import { PhraseFinder } from './text';

export type Market = 'us' | 'hk' | 'cn';
const MARKET_ORDER: readonly Market[] = ['us', 'hk', 'cn'];

export const LISTING_PHRASES: Readonly<Record<Market, readonly string[]>> = {
  us: [
    'U.S.-listed',
    'U.S. listed',
    'US-listed',
    'U.S.-traded',
    'US-traded',
    'U.S. shares',
    'U.S. stock',
    'U.S. trading',
    'New York-listed',
    'New York-traded',
    'in New York',
    'New York Stock Exchange',
    'NYSE',
    'Nasdaq',
    'ADR*',
    'ADS',
    'American depositary',
    '美股',
    '美国上市',
    '美國上市',
    '美国存托',
    '美國存託',
    '美國存托',
    '存托凭证',
    '存託憑證',
    '预托',
    '預託',
    '預托',
    '纽约',
    '紐約',
    '纽交所',
    '紐交所',
    '纳斯达克',
    '納斯達克',
    '那斯達克',
    '那斯达克',
    '美盘',
    '美盤',
  ],
  hk: ['Hong Kong', 'HK-listed', 'Hang Seng', 'HKEX', '港股', '香港', '港交所', '恒生', '恒指'],
  cn: ['A-share*', 'Shanghai', 'Shenzhen', 'A股', '沪市', '滬市', '深市', '上证', '上證', '深证', '深證'],
};

let finder: PhraseFinder | undefined;
const listingFinder = (): PhraseFinder => {
  if (finder) return finder;
  finder = new PhraseFinder();
  MARKET_ORDER.forEach((market, ref) => {
    for (const text of LISTING_PHRASES[market]) finder!.add({ kind: 0, ref, text });
  });
  return finder;
};

/** The listings a text names. */
export function marketsNamed(text: string): Set<Market> {
  const named = new Set<Market>();
  for (const h of listingFinder().find(text)) named.add(MARKET_ORDER[h.ref]!);
  return named;
}

/** Whether a text names any listing: `marketsNamed` that stops at the first. */
export const namesMarket = (text: string): boolean => listingFinder().has(text);

/** The one listing a headline or lead names, if it names exactly one. */
export function soleMarket(text: string | undefined): Market | undefined {
  if (!text) return undefined;
  const named = marketsNamed(text);
  return named.size === 1 ? [...named][0] : undefined;
}

const excludedByLookup = new WeakMap<Lookup, (Set<Market> | undefined)[]>();

/**
 * The listings a claim's measure excludes: those with a listing phrase in which one of its `excludes`
 * words stands ("ADR" in "ADRs", "u.s." in "U.S.-listed", 美股). Worked out per claim when first asked,
 * so a page that names no listing costs nothing.
 */
export function excludedMarkets(lookup: Lookup, ci: number): Set<Market> {
  let perClaim = excludedByLookup.get(lookup);
  if (!perClaim) {
    perClaim = [];
    excludedByLookup.set(lookup, perClaim);
  }
  let excluded = perClaim[ci];
  if (excluded) return excluded;
  excluded = new Set();
  const excludes = lookup.measures[ci]?.excludes;
  if (excludes && excludes.size > 0) {
    for (const market of MARKET_ORDER) {
      const named = LISTING_PHRASES[market].some((phrase) =>
        lookup.finder.find(phrase.replace(/\*$/, '')).some((h) => h.kind === WORD && excludes.has(h.ref)),
      );
      if (named) excluded.add(market);
    }
  }
  perClaim[ci] = excluded;
  return excluded;
}
