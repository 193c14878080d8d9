import { describe, expect, it } from 'vitest';
import { amountsAgree, extractAmounts, extractAmountSpans } from '../../../src/lib/money/extract';
import { parseMoney } from '../../../src/lib/money/parse';
import type { Money } from '../../../src/lib/money/types';

const parsed = (text: string): Money => {
  const result = parseMoney(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('extractAmounts', () => {
  it('extractAmounts("評価額8300億ドル(約124兆円)で1000億ドル(約15兆円)の資金調達") is four amounts in order', () => {
    const found = extractAmounts('評価額8300億ドル(約124兆円)で1000億ドル(約15兆円)の資金調達');
    expect(found).toEqual(['8300億ドル', '約124兆円', '1000億ドル', '約15兆円'].map(parsed));
  });

  it.each<[string, string[]]>([
    ['2025年11月には150億ドル(約2.2兆円)を調達し', ['150億ドル', '約2.2兆円']],
    ['売上が前年比114%増の1305億ドル(約19.5兆円)を記録し', ['1305億ドル', '約19.5兆円']],
    ['評価額８３００億ドル（約１２４兆円）', ['８３００億ドル', '約１２４兆円']],
    ['10万GPUのクラスターを2026年までに', []],
    ['Nvidiaからの出資を含めて200億ドル（約3兆円）もの', ['200億ドル', '約3兆円']],
    ['今後4年間で最大5000億ドルを投じる', ['最大5000億ドル']],
    ['VC投資総額は数十億ドル規模に留まり', ['数十億ドル規模']],
    ['AI投資総額(約2000億ドル級)と比べると', ['約2000億ドル級']],
    ['資金調達は200億〜260億ドル、うち1150億ドル以上が', ['200億〜260億ドル', '1150億ドル以上']],
    ['2030年には8270億ドル（年平均成長率28%）まで', ['8270億ドル']],
    ['Googleも100億ドルを超えるクラウド契約', ['100億ドル']],
  ])('extractAmounts(%j) finds %j', (sentence, texts) => {
    expect(extractAmounts(sentence)).toEqual(texts.map(parsed));
  });

  it.each<[string, string, Money['qualifier']]>([
    ['防衛契約50億ドルの受注', '50億ドル', 'exact'],
    ['スタートアップ史上最大125億ドルの調達', '125億ドル', 'exact'],
    ['債務部分は最大125億ドル', '最大125億ドル', 'up-to'],
    ['調達額は約75億ドルが株式', '約75億ドル', 'approx'],
  ])(
    'extractAmounts(%j) reads %j as %s (約/最大 inside a word do not qualify)',
    (sentence, text, qualifier) => {
      const [first] = extractAmounts(sentence);
      expect([first?.text, first?.qualifier]).toEqual([text, qualifier]);
    },
  );

  it('extractAmountSpans("評価額８３００億ドル（約１２４兆円）") gives offsets into the original text', () => {
    const sentence = '評価額８３００億ドル（約１２４兆円）';
    const spans = extractAmountSpans(sentence).map(({ start, end }) => sentence.slice(start, end));
    expect(spans).toEqual(['８３００億ドル', '約１２４兆円']);
  });
});

describe('amountsAgree', () => {
  it.each<[string, string, boolean]>([
    ['150億ドル', '150億ドル', true],
    ['1305億ドル', '1300億ドル', true],
    ['1305億ドル', '1290億ドル', false],
    ['150億ドル', '150億ユーロ', false],
    ['約2.2兆円', '2.2兆円', true],
    ['200億〜260億ドル', '200〜260億ドル', true],
    ['200億〜260億ドル', '200億〜300億ドル', false],
    ['300億ドル超', '300億ドル', false],
    ['300億ドル超', '300億ドル以上', true],
  ])('amountsAgree(%j, %j) is %s', (a, b, agree) => {
    expect(amountsAgree(parsed(a), parsed(b))).toBe(agree);
  });
});
