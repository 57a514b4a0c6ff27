/**
 * What the Chrome Web Store and addons.mozilla.org accept, in one place: `npm run check:store` reads
 * these and nothing else. Each limit says where it is documented, so a change in a store's rules is
 * one edit here, checked against its source.
 */

export interface TextLimit {
  /** the most characters (Unicode code points) the store or browser accepts */
  max: number;
  source: string;
}

export interface ImageSize {
  width: number;
  height: number;
}

export interface ImageRule {
  /** the sizes the store accepts for this kind of image (any one of them) */
  sizes: readonly ImageSize[];
  /** how many of them a listing may have, per language */
  min: number;
  max: number;
  source: string;
}

/** Manifest fields, after `__MSG_…__` substitution, in every locale. */
export const MANIFEST_LIMITS = {
  name: {
    max: 75,
    source: 'https://developer.chrome.com/docs/extensions/reference/manifest/name',
  },
  short_name: {
    max: 12,
    source: 'https://developer.chrome.com/docs/extensions/reference/manifest/short-name',
  },
  description: {
    // Chrome refuses to load, and the Chrome Web Store to accept, a longer one; Firefox has the same limit
    max: 132,
    source:
      'https://developer.chrome.com/docs/extensions/reference/manifest/description ; https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/description',
  },
} as const satisfies Record<string, TextLimit>;

/** The listing texts in store/listing/<locale>/, one set for every locale the extension ships. */
export const LISTING_TEXTS = {
  /** AMO's summary (the Chrome Web Store shows the manifest description instead) */
  'summary.txt': {
    max: 250,
    source: 'https://extensionworkshop.com/documentation/develop/create-an-appealing-listing/',
  },
  /** the long description, the same text in both stores */
  'description.txt': {
    // the Chrome Web Store's detailed-description field takes up to 16,000 characters
    max: 16_000,
    source: 'https://developer.chrome.com/docs/webstore/cws-dashboard-listing',
  },
} as const satisfies Record<string, TextLimit>;

/** Store images in store/. */
export const IMAGE_RULES = {
  /** store/screenshots/<locale>/*.png */
  screenshot: {
    sizes: [
      { width: 1280, height: 800 },
      { width: 640, height: 400 },
    ],
    min: 1,
    max: 5,
    source: 'https://developer.chrome.com/docs/webstore/images#screenshots',
  },
  /** store/promo-small.png */
  smallPromoTile: {
    sizes: [{ width: 440, height: 280 }],
    min: 1,
    max: 1,
    source: 'https://developer.chrome.com/docs/webstore/images#promo',
  },
} as const satisfies Record<string, ImageRule>;

/** The icon the Chrome Web Store shows must be in the package at 128×128. */
export const STORE_ICON = {
  size: 128,
  source: 'https://developer.chrome.com/docs/webstore/images#icons',
} as const;
