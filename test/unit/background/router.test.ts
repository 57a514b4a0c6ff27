import { describe, expect, it, vi } from 'vitest';
import { badgeFor, BADGE_COLORS } from '../../../src/platform/badge';
import {
  classifySender,
  onTabLoading,
  type RouterDeps,
  type SenderLike,
  routeCommand,
  routeMessage,
} from '../../../src/platform/router';

function deps() {
  const calls: string[] = [];
  const sent: [number, unknown][] = [];
  const logs: string[] = [];
  const d: RouterDeps = {
    extensionId: 'ours',
    extensionOrigin: 'chrome-extension://ours/',
    badge: {
      async setBadgeText({ tabId, text }) {
        calls.push(`text ${tabId} ${JSON.stringify(text)}`);
      },
      async setBadgeBackgroundColor({ tabId, color }) {
        calls.push(`color ${tabId} ${color}`);
      },
    },
    async sendToTab(tabId, message) {
      sent.push([tabId, message]);
      return undefined;
    },
    activeTabId: async () => 7,
    log: (message) => logs.push(message),
  };
  return { d, calls, sent, logs };
}

const content = { id: 'ours', tab: { id: 3 }, frameId: 0, url: 'https://news.example.com/a' };

describe('badge', () => {
  it('shows the count coloured by the worst verdict', () => {
    expect(badgeFor(3, 'differs')).toEqual({ text: '3', color: BADGE_COLORS.differs });
    expect(badgeFor(1, 'needs-context').color).toBe(BADGE_COLORS['needs-context']);
    expect(badgeFor(2, 'consistent').color).toBe(BADGE_COLORS.consistent);
    expect(badgeFor(0, null).text).toBe('');
    expect(badgeFor(12345, 'differs').text).toBe('999+');
    expect(badgeFor(Number.NaN, 'differs').text).toBe('');
  });
});

describe('sender check', () => {
  it('accepts our content scripts and pages only', () => {
    const { d } = deps();
    expect(classifySender(content, d)).toBe('content');
    expect(classifySender({ id: 'ours', url: 'chrome-extension://ours/popup.html' }, d)).toBe('page');
    expect(classifySender({ id: 'theirs', tab: { id: 3 } }, d)).toBe('foreign');
    expect(classifySender({ id: 'ours' }, d)).toBe('foreign');
    expect(classifySender({} as never, d)).toBe('foreign');
  });
});

describe('routeMessage', () => {
  it('sets the badge of the sending tab from page-summary', async () => {
    const { d, calls } = deps();
    await routeMessage({ type: 'page-summary', count: 4, worst: 'differs' }, content, d);
    expect(calls).toEqual([`color 3 ${BADGE_COLORS.differs}`, 'text 3 "4"']);
  });

  it('ignores page-summary from subframes and from pages', async () => {
    const { d, calls } = deps();
    await routeMessage({ type: 'page-summary', count: 4, worst: 'differs' }, { ...content, frameId: 2 }, d);
    await routeMessage(
      { type: 'page-summary', count: 4, worst: 'differs' },
      { id: 'ours', url: 'chrome-extension://ours/popup.html' },
      d,
    );
    expect(calls).toEqual([]);
  });

  it('rejects and logs malformed messages and foreign senders', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { d, calls, logs } = deps();
    await routeMessage({ type: 'page-summary', count: 'many' }, content, d);
    await routeMessage({ type: 'rm -rf' }, content, d);
    await routeMessage({ type: 'page-summary', count: 1, worst: null }, { id: 'evil', tab: { id: 3 } }, d);
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2); // parseMessage logs the two malformed ones
    expect(logs).toEqual(['background ignored a message from an unknown sender']);
    warn.mockRestore();
  });

  it('logs report-error', async () => {
    const { d, logs } = deps();
    await routeMessage({ type: 'report-error', where: 'scan', message: 'boom' }, content, d);
    expect(logs).toEqual(['error in scan: boom']);
  });

  it('never throws when the badge API fails', async () => {
    const { d, logs } = deps();
    d.badge.setBadgeText = async () => {
      throw new Error('No tab with id: 3');
    };
    await expect(
      routeMessage({ type: 'page-summary', count: 1, worst: null }, content, d),
    ).resolves.toBeUndefined();
    expect(logs).toEqual(['background failed to handle a message']);
  });
});

describe('subscription messages', () => {
  const page = { id: 'ours', url: 'chrome-extension://ours/options.html' };
  const withSubscriptions = () => {
    const { d } = deps();
    const asked: string[] = [];
    d.subscriptions = {
      async check(force) {
        asked.push(`check ${force}`);
        return { checked: 1, updates: 0, errors: 0 };
      },
      async fetchNew(url) {
        asked.push(`fetch ${url}`);
        return { kind: 'not-modified' };
      },
    };
    return { d, asked };
  };

  it.each<[unknown, SenderLike, string[], string]>([
    [{ type: 'check-subscriptions', force: true }, page, ['check true'], 'our options page asks for a check'],
    [
      { type: 'fetch-subscription', url: 'https://x.example/d.json' },
      page,
      ['fetch https://x.example/d.json'],
      'and a first fetch',
    ],
    [
      { type: 'check-subscriptions', force: true },
      content,
      [],
      'a content script never makes the background fetch',
    ],
    [
      { type: 'fetch-subscription', url: 'https://x.example/d.json' },
      { id: 'evil', url: 'https://evil.example/' },
      [],
      'nor another extension',
    ],
    [{ type: 'check-subscriptions', force: 'yes' }, page, [], 'a malformed message is dropped'],
  ])('%j from %j -> %j (%s)', async (message, sender, expected) => {
    const { d, asked } = withSubscriptions();
    await routeMessage(message, sender, d);
    expect(asked).toEqual(expected);
  });

  it('answers with the check’s summary', async () => {
    const { d } = withSubscriptions();
    await expect(routeMessage({ type: 'check-subscriptions', force: false }, page, d)).resolves.toEqual({
      checked: 1,
      updates: 0,
      errors: 0,
    });
  });
});

describe('commands and navigation', () => {
  it('forwards next-mark and prev-mark as move-mark', async () => {
    const { d, sent } = deps();
    await routeCommand('next-mark', d, 5);
    await routeCommand('prev-mark', d);
    await routeCommand('_execute_action', d);
    expect(sent).toEqual([
      [5, { type: 'move-mark', step: 1 }],
      [7, { type: 'move-mark', step: -1 }],
    ]);
  });

  it('is quiet when the tab has no content script', async () => {
    const { d } = deps();
    d.sendToTab = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(routeCommand('next-mark', d)).resolves.toBeUndefined();
  });

  it('clears the badge when a tab loads a new page', async () => {
    const { d, calls } = deps();
    await onTabLoading(9, d);
    expect(calls).toEqual(['text 9 ""']);
  });
});
