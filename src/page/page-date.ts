/**
 * The page's own publication date, from the metadata publishers put in for search engines and social
 * cards. Only explicit publication fields count: a <time> in a sidebar dates another story.
 */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** yyyy-mm-dd when the text starts with a plausible calendar date, else undefined. */
export function isoDay(text: string | null | undefined): string | undefined {
  const m = ISO_DAY.exec((text ?? '').trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1990 || year > 2100 || Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31)
    return undefined;
  return `${y}-${mo}-${d}`;
}

function fromJsonLd(value: unknown, depth = 0): string | undefined {
  if (!value || typeof value !== 'object' || depth > 4) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = fromJsonLd(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const direct = typeof record.datePublished === 'string' ? isoDay(record.datePublished) : undefined;
  return direct ?? fromJsonLd(record['@graph'], depth + 1);
}

export function publishedDate(doc: Document): string | undefined {
  for (const selector of META_SELECTORS) {
    const found = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (found) return found;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = fromJsonLd(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // a publisher's broken JSON-LD says nothing about the date
    }
  }
  return isoDay(doc.querySelector('time[itemprop="datePublished"], time[pubdate]')?.getAttribute('datetime'));
}
