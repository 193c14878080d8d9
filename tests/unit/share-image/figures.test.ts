import { describe, expect, it } from 'vitest';
import { cardTree, clip, type CardNode } from '../../../src/lib/share-image/card';
import { chartCsv, readBuiltChart, textOf } from '../../../src/lib/share-image/chart-html';
import {
  articleFigure,
  chartFigure,
  companyFigure,
  firstAmount,
} from '../../../src/lib/share-image/figures';
import { parseMoney } from '../../../src/lib/money';
import type { Money } from '../../../src/lib/money/types';

const money = (text: string): Money => {
  const r = parseMoney(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('key figures', () => {
  it.each([
    ['AIインフラ投資3600億ドル超、その真意は', '3600億ドル超'],
    ['xAIの200億ドル調達', '200億ドル'],
    ['AI覇権は「資金の生成過程」で決まる', undefined],
  ])('firstAmount(%s) is %s', (text, amount) => expect(firstAmount(text)).toBe(amount));

  it('articleFigure prefers the headline, then the excerpt', () => {
    expect(articleFigure('xAIの200億ドル調達', '約124兆円')).toEqual({
      value: '200億ドル',
      label: '見出し',
    });
    expect(articleFigure('AI覇権', '米国に約8割、Anthropicは300億ドル超')).toEqual({
      value: '300億ドル超',
      label: '要旨',
    });
    expect(articleFigure('AI覇権')).toBeUndefined();
  });

  it('chartFigure takes the amount after 最大は, else the first amount or share', () => {
    expect(chartFigure('3件の資金調達のうち最大はAnthropicの300億ドル超(完了)。')).toEqual({
      value: '300億ドル超',
      label: '最大',
    });
    expect(chartFigure('NVIDIAはFY2025の売上高1305億ドル(実績)。')).toEqual({
      value: '1305億ドル',
      label: '',
    });
    expect(chartFigure('米国が約80%、日本が1%未満。')).toEqual({ value: '約80%', label: '' });
  });

  it('companyFigure picks the highest valuation before any other figure', () => {
    const rounds = [
      { amount: money('150億ドル'), valuation: money('3500億ドル') },
      { amount: money('300億ドル超') },
    ];
    expect(companyFigure({ rounds, revenues: [], deals: [] })).toEqual({
      value: '3500億ドル',
      label: '評価額',
    });
    expect(
      companyFigure({ rounds: [], revenues: [{ amount: money('1305億ドル') }], deals: [] }),
    ).toEqual({ value: '1305億ドル', label: '売上高' });
    expect(companyFigure({ rounds: [], revenues: [], deals: [{}] })).toBeUndefined();
  });
});

describe('share card', () => {
  const texts = (n: CardNode | string): string[] =>
    typeof n === 'string' ? [n] : [n.props.children ?? []].flat().flatMap(texts);

  it('shows kind, site name, title, figure and address, and clips long titles', () => {
    const long = 'あ'.repeat(80);
    const tree = cardTree({
      kind: '記事',
      title: long,
      figure: { value: '124兆円', label: '見出し' },
      address: 'e.org/a/',
    });
    const all = texts(tree);
    expect(all).toEqual(
      expect.arrayContaining(['記事', 'AI資本アトラス', '124兆円', '見出し', 'e.org/a/']),
    );
    expect(all.find((t) => t.startsWith('あ'))).toBe(clip(long, 52));
    expect([...clip(long, 52)].length).toBe(52);
    expect(clip('短い', 52)).toBe('短い');
  });
});

describe('reading a built chart back', () => {
  const html = `<main><figure class="chart" id="chart-x"><figcaption><p class="chart-title" id="t">A &amp; B</p><p class="chart-summary" id="s">最大は150億ドル</p></figcaption><div class="chart-wide"><svg viewBox="0 0 640 200"><text>1</text></svg></div><div class="chart-narrow"><svg></svg></div><details><table><thead><tr><th class="num" scope="col">調達額</th><th scope="col">出典</th></tr></thead><tbody><tr><td class="num" title="15,000,000,000 USD">150億ドル</td><td class="src"><a href="/a/">記事</a><q>150億ドルを調達</q></td></tr></tbody></table></details></figure></main>`;

  it('finds title, summary, wide SVG and table cells with exact values', () => {
    const chart = readBuiltChart(html, 'chart-x')!;
    expect(chart).toMatchObject({
      title: 'A & B',
      summary: '最大は150億ドル',
      header: ['調達額', '出典'],
    });
    expect(chart.svg).toBe('<svg viewBox="0 0 640 200"><text>1</text></svg>');
    expect(chart.rows).toEqual([
      [
        { text: '150億ドル', exact: '15,000,000,000 USD' },
        { text: '記事「150億ドルを調達」', exact: undefined },
      ],
    ]);
    expect(readBuiltChart(html, 'chart-y')).toBeUndefined();
  });

  it('writes the table as CSV with an exact-value column after each hovered column', () => {
    const csv = chartCsv(readBuiltChart(html, 'chart-x')!);
    expect(csv).toBe(
      '\uFEFF調達額,調達額(正確な値),出典\r\n150億ドル,"15,000,000,000 USD",記事「150億ドルを調達」\r\n',
    );
  });

  it('textOf drops tags and decodes entities', () => {
    expect(textOf('<b>A</b> &lt;&amp;&gt;  <q>引用</q>')).toBe('A <&> 「引用」');
  });
});
