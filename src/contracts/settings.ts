/**
 * The reader's settings as every layer sees them: the options page edits them, the content script and
 * the page engine obey them, platform/settings.ts stores and checks them (field by field, against
 * these lists: no zod on every page's start-up).
 */

/** How a mark is drawn (page/mark-styles.ts draws each). */
export const highlightStyles = ['underline', 'background', 'outline'] as const;
/** The card's and pages' language: auto (the browser's), English, simplified or traditional Chinese. */
export const languages = ['auto', 'en', 'zh_CN', 'zh_TW'] as const;

export type HighlightStyle = (typeof highlightStyles)[number];
export type LanguageSetting = (typeof languages)[number];

export interface Settings {
  enabledByDefault: boolean;
  /** site rules: hostname (a rule for example.com also covers news.example.com) -> on/off */
  sites: Record<string, boolean>;
  highlightStyle: HighlightStyle;
  language: LanguageSetting;
  showConsistent: boolean;
}
