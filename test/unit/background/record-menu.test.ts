/**
 * The context menu's handler (src/platform/record-menu.ts): it asks the tab for the figure at the
 * selection and opens the claim form with it; a tab that cannot answer (no content script, a PDF, a
 * page that never answers) still gets the form, with the selected text as its quote.
 */
import { describe, expect, it } from 'vitest';
import type { PagePick } from '../../../src/core/claims/pick';
import { pickInHash } from '../../../src/core/claims/pick';
import { parsePick } from '../../../src/ui/options/pick-schema';
import { type MenuClick, RECORD_MENU_ID, recordFromMenu } from '../../../src/platform/record-menu';

const PICK: PagePick = {
  url: 'https://news.example.com/a',
  title: 'A',
  publisher: 'Example',
  language: 'en',
  selection: '380 billion yuan',
  quote: 'Alibaba will invest 380 billion yuan.',
  figure: {
    text: '380 billion yuan',
    kind: 'money',
    value: 380e9,
    unit: 'CNY',
    approx: 'exact',
    start: 20,
    end: 36,
  },
  topics: ['invest'],
};

const CLICK: MenuClick = {
  menuItemId: RECORD_MENU_ID,
  selectionText: ' 380 billion yuan ',
  pageUrl: 'https://www.example.org/x',
};

function deps(answer: (tabId: number, message: unknown) => Promise<unknown>) {
  const sent: [number, unknown][] = [];
  const opened: [string, number | undefined][] = [];
  return {
    sent,
    opened,
    deps: {
      sendToTab: (tabId: number, message: unknown) => {
        sent.push([tabId, message]);
        return answer(tabId, message);
      },
      openPage: async (path: string, index?: number) => void opened.push([path, index]),
      timeoutMs: 50,
    },
  };
}

/** The pick the opened form reads from its address. */
const formPick = (path: string) => parsePick(pickInHash(path.slice(path.indexOf('#'))));

describe('recordFromMenu', () => {
  it('asks the tab for the figure at the selection and opens the form next to it with the answer', async () => {
    const d = deps(async () => PICK);
    await recordFromMenu(CLICK, { id: 7, index: 2 }, d.deps);
    expect(d.sent).toEqual([[7, { type: 'figure-at-selection' }]]);
    expect(d.opened).toHaveLength(1);
    expect(d.opened[0]![1]).toBe(3);
    expect(formPick(d.opened[0]![0])).toEqual(PICK);
  });

  it.each([
    ['the tab has no content script', () => Promise.reject(new Error('Could not establish connection'))],
    ['the tab never answers', () => new Promise(() => undefined)],
    ['the answer is not a pick', async () => ({ type: 'something else' })],
  ])('%s: the form opens with the selection as its quote', async (_why, answer) => {
    const d = deps(answer);
    await recordFromMenu(CLICK, { id: 7, index: 0 }, d.deps);
    expect(formPick(d.opened[0]![0])).toEqual({
      url: 'https://www.example.org/x',
      title: '',
      publisher: 'example.org',
      language: 'en',
      selection: '380 billion yuan',
      quote: '380 billion yuan',
      topics: [],
    });
  });

  it('ignores other menu items, and works without a tab', async () => {
    const d = deps(async () => PICK);
    expect(await recordFromMenu({ ...CLICK, menuItemId: 'other' }, { id: 1 }, d.deps)).toBeUndefined();
    expect(d.opened).toEqual([]);
    await recordFromMenu(CLICK, undefined, d.deps);
    expect(d.sent).toEqual([]);
    expect(d.opened[0]![1]).toBeUndefined();
  });
});
