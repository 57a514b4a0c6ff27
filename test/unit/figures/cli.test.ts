import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/figures';
import type { CliIo } from '../../../src/cli/io';

function fakeIo(stdin = ''): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
    readStdin: async () => stdin,
    cwd: process.cwd(),
  };
  return io;
}

describe('claimlens figures', () => {
  it('prints a table for each text argument', async () => {
    const io = fakeIo();
    expect(await run(['Alibaba earned 380 billion yuan, up 7%', '没有数字'], io)).toBe(0);
    expect(io.out).toContain('> Alibaba earned 380 billion yuan, up 7%');
    expect(io.out).toMatch(/380 billion yuan\s+money\s+380000000000\s+CNY/);
    expect(io.out).toMatch(/7%\s+percent\s+7\s+exact\s+up/);
    expect(io.out).toContain('(no figures)');
  });

  it('reads European number formats with --lang fr, and only with it', async () => {
    const io = fakeIo("hausse de 12,5 % à 3,2 milliards d'euros\n");
    expect(await run(['--lang', 'fr', '--jsonl'], io)).toBe(0);
    const [figures] = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(figures.map((f: { value: number; unit: string | null }) => [f.value, f.unit])).toEqual([
      [12.5, null],
      [3.2e9, 'EUR'],
    ]);
    const english = fakeIo("hausse de 12,5 % à 3,2 milliards d'euros\n");
    expect(await run(['--jsonl'], english)).toBe(0);
    expect(english.out).not.toContain('12.5');
    const bad = fakeIo();
    expect(await run(['--lang', '12', 'x'], bad)).toBe(2);
    expect(bad.err).toContain('--lang takes a language tag');
  });

  it('prints exactly one JSON array per stdin line, blank lines included', async () => {
    const io = fakeIo('US$53bn\n\n营收3800亿元，增长9.2%\r\nno figures here\n');
    expect(await run(['--jsonl'], io)).toBe(0);
    const lines = io.out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(4);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed[0]).toEqual([
      { text: 'US$53bn', start: 0, end: 7, kind: 'money', value: 53e9, unit: 'USD', approx: 'exact' },
    ]);
    expect(parsed[1]).toEqual([]);
    expect(parsed[2].map((f: { text: string }) => f.text)).toEqual(['3800亿元', '9.2%']);
    expect(parsed[3]).toEqual([]);
  });

  it('keeps line count when the last line has no newline', async () => {
    const io = fakeIo('5%\n6%');
    await run(['--jsonl'], io);
    expect(io.out.trimEnd().split('\n')).toHaveLength(2);
  });

  it('honours --yen and rejects bad usage', async () => {
    const io = fakeIo('¥100\n');
    await run(['--jsonl', '--yen', 'cny'], io);
    expect(JSON.parse(io.out)[0].unit).toBe('CNY');
    const bad = fakeIo();
    expect(await run(['--yen', 'EUR', 'x'], bad)).toBe(2);
    expect(await run([], bad)).toBe(2);
    expect(await run(['--nope'], bad)).toBe(2);
    expect(bad.err).toContain('usage');
  });

  it('works through bin/claimlens.mjs', () => {
    const root = join(__dirname, '../../..');
    const r = spawnSync(process.execPath, [join(root, 'bin/claimlens.mjs'), 'figures', '--jsonl'], {
      input: '3.5 percentage points\n逾17万个模型\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0][0]).toMatchObject({ kind: 'percentage_points', value: 3.5 });
    expect(lines[1][0]).toMatchObject({ text: '17万', kind: 'number', value: 170000, approx: 'over' });
  }, 60_000);
});
