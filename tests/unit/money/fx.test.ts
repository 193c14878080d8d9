import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkImpliedRate,
  findConversionPairs,
  loadFxTable,
  rateFor,
  toUsd,
} from '../../../src/lib/money/fx';
import { parseMoney } from '../../../src/lib/money/parse';
import type { Currency, Money } from '../../../src/lib/money/types';

const table = loadFxTable(
  readFileSync(new URL('../../../data/fx-rates.yaml', import.meta.url), 'utf8'),
);

const parsed = (text: string): Money => {
  const result = parseMoney(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

// The dollar amounts and yen conversions as the articles print them.
const ARTICLE_TEXT = [
  '評価額8300億ドル(約124兆円)で1000億ドル(約15兆円)の資金調達',
  '2025年11月には150億ドル(約2.2兆円)を調達し、評価額3500億ドル(約52兆円)に達しました',
  '120億ドル(約1.8兆円)の資金調達を発表',
  '1305億ドル(約19.5兆円)を記録し、そのうちデータセンター関連が512億ドル(約7.6兆円)を占める',
  '合計6900億ドル(約103兆円)もの設備投資',
  '2025年時点で2440億ドル(約36兆円)と予測されており、2030年には8270億ドル(約123兆円)に達する',
  '生成AI市場は2025年時点で710億ドル(約10.6兆円)に達し',
  'Nvidiaからの出資を含めて200億ドル（約3兆円）もの巨額な資金調達',
].join('。');

const pairs = findConversionPairs(ARTICLE_TEXT);
const label = ({ usd, local }: { usd: Money; local: Money }): string =>
  `${usd.text}(${local.text})`;

describe('loadFxTable', () => {
  it.each<[Currency, number, number]>([
    ['JPY', 2025, 150],
    ['JPY', 2026, 150],
    ['EUR', 2025, 0.885],
    ['EUR', 2026, 0.885],
  ])('loadFxTable(data/fx-rates.yaml) gives %s %d at %d per USD', (currency, year, perUsd) => {
    expect(rateFor(table, currency, year)).toBe(perUsd);
  });

  it.each<[string, string, RegExp]>([
    ['no base', 'rates: []', /at base/],
    [
      'a negative rate',
      'base: USD\nrates:\n  - {currency: JPY, year: 2025, per_usd: -150, source: x}',
      /at rates\[0\]\.per_usd/,
    ],
    [
      'a duplicate year',
      'base: USD\nrates:\n  - {currency: JPY, year: 2025, per_usd: 150, source: x}\n  - {currency: JPY, year: 2025, per_usd: 151, source: y}',
      /duplicate rate for JPY 2025/,
    ],
    [
      'no source',
      'base: USD\nrates:\n  - {currency: JPY, year: 2025, per_usd: 150}',
      /at rates\[0\]\.source/,
    ],
  ])('loadFxTable(yaml with %s) throws', (_case, yaml, message) => {
    expect(() => loadFxTable(yaml)).toThrow(message);
  });
});

describe('rateFor and toUsd', () => {
  it.each<[Currency, number | undefined, number | undefined]>([
    ['USD', undefined, 1],
    ['JPY', undefined, 150],
    ['JPY', 1999, undefined],
  ])('rateFor(table, %s, %s) is %s', (currency, year, rate) => {
    expect(rateFor(table, currency, year)).toBe(rate);
  });

  it.each<[string, number | undefined, ReturnType<typeof toUsd>]>([
    ['約3兆円', 2025, { min: 2e10, max: 2e10, rate: 150 }],
    ['300億ドル超', 2025, { min: 3e10, max: null, rate: 1 }],
    ['最大885億ユーロ', 2025, { min: null, max: 1e11, rate: 0.885 }],
    ['約3兆円', 1999, undefined],
  ])('toUsd(parseMoney(%j), table, %s) is %o', (text, year, usd) => {
    expect(toUsd(parsed(text), table, year)).toEqual(usd);
  });
});

describe('conversions printed in the articles', () => {
  it('findConversionPairs(article text) finds every USD(約JPY) pair in order', () => {
    expect(pairs.map(label)).toEqual([
      '8300億ドル(約124兆円)',
      '1000億ドル(約15兆円)',
      '150億ドル(約2.2兆円)',
      '3500億ドル(約52兆円)',
      '120億ドル(約1.8兆円)',
      '1305億ドル(約19.5兆円)',
      '512億ドル(約7.6兆円)',
      '6900億ドル(約103兆円)',
      '2440億ドル(約36兆円)',
      '8270億ドル(約123兆円)',
      '710億ドル(約10.6兆円)',
      '200億ドル(約3兆円)',
    ]);
  });

  it.each<[string]>([
    ['2030年には8270億ドル（年平均成長率28%）まで'],
    ['150億ドル、約2.2兆円'],
    ['20億ユーロ(約3000億円)'],
  ])('findConversionPairs(%j) finds none', (text) => {
    expect(findConversionPairs(text)).toEqual([]);
  });

  it.each<[string, number]>([
    ['8300億ドル(約124兆円)', 149.4],
    ['1000億ドル(約15兆円)', 150],
    ['150億ドル(約2.2兆円)', 146.7],
    ['3500億ドル(約52兆円)', 148.6],
    ['120億ドル(約1.8兆円)', 150],
    ['1305億ドル(約19.5兆円)', 149.4],
    ['512億ドル(約7.6兆円)', 148.4],
    ['6900億ドル(約103兆円)', 149.3],
    ['2440億ドル(約36兆円)', 147.5],
    ['8270億ドル(約123兆円)', 148.7],
    ['710億ドル(約10.6兆円)', 149.3],
    ['200億ドル(約3兆円)', 150],
  ])('checkImpliedRate(%s) implies %d yen per dollar', (pairLabel, rate) => {
    const pair = pairs.find((p) => label(p) === pairLabel);
    const check = pair && checkImpliedRate(pair.usd, pair.local, table, 2025);
    expect(check?.impliedRate.toFixed(1)).toBe(rate.toFixed(1));
  });

  it.each<[number, string[]]>([
    [0.05, []],
    [0.02, ['150億ドル(約2.2兆円)']],
    [0.01, ['150億ドル(約2.2兆円)', '512億ドル(約7.6兆円)', '2440億ドル(約36兆円)']],
  ])(
    'conversions deviating from 150 yen per dollar by more than %d are %j',
    (tolerance, outliers) => {
      const flagged = pairs.filter(
        (p) => checkImpliedRate(p.usd, p.local, table, 2025, tolerance)?.outlier,
      );
      expect(flagged.map(label)).toEqual(outliers);
    },
  );

  it.each<[string, string, number]>([
    ['150億ユーロ', '約2.2兆円', 2025],
    ['150億ドル', '150億ドル', 2025],
    ['150億ドル', '約2.2兆円', 1999],
  ])('checkImpliedRate(%j, %j, table, %d) is undefined', (usd, local, year) => {
    expect(checkImpliedRate(parsed(usd), parsed(local), table, year)).toBeUndefined();
  });
});
