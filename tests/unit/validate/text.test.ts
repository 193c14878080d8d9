import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/lib/validate/normalise';
import { matchedPrefix } from '../../../src/lib/validate/quotes';
import { closest, editDistance } from '../../../src/lib/validate/suggest';
import { formatProblem, summarise, type Problem } from '../../../src/lib/validate/problem';

describe('normaliseText', () => {
  it.each([
    ['１５０億ドル（約２．２兆円）', '150億ドル(約2.2兆円)'],
    ['**150億ドル**を_調達_', '150億ドルを調達'],
    ['比率 \\{ 非公開 \\} &amp; 条件 &lt;b&gt; &#x41;&#66;', '比率 { 非公開 } & 条件 <b> AB'],
    ['調達し、\n  評価額は', '調達し、 評価額は'],
    ['## 見出し\n- 項目 [リンク](https://example.com)', '見出し 項目 リンク'],
    ['> 引用文\u3000です', '引用文 です'],
  ])('normaliseText(%j) is %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('matchedPrefix', () => {
  it.each([
    ['abcdef', 'xxabcdxx', 'abcd'],
    ['abc', 'xxabcxx', 'abc'],
    ['zzz', 'abc', ''],
  ])('matchedPrefix(%j, %j) is %j', (quote, article, expected) => {
    expect(matchedPrefix(quote, article)).toBe(expected);
  });
});

describe('editDistance and closest', () => {
  it.each([
    ['amont', 'amount', 1],
    ['valuation', 'valuation', 0],
    ['rumoured', 'rumored', 1],
    ['', 'abc', 3],
  ])('editDistance(%j, %j) is %d', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it.each<[string, string[], string | undefined]>([
    ['amont', ['company', 'amount', 'valuation'], 'amount'],
    ['Amount', ['amount'], 'amount'],
    ['xyz', ['company', 'amount'], undefined],
    ['sources', [], undefined],
  ])('closest(%j, %j) is %j', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe('formatProblem and summarise', () => {
  const p: Problem = { path: 'data/a.yaml', field: 'amount', code: 'X', message: 'bad' };

  it.each([
    [p, 'data/a.yaml: amount: bad'],
    [{ ...p, hint: 'fix it' }, 'data/a.yaml: amount: bad (hint: fix it)'],
  ])('formatProblem(%j) is %j', (problem, expected) => {
    expect(formatProblem(problem)).toBe(expected);
  });

  it.each<[Problem[], number, string]>([
    [[], 48, '48 files checked, no errors'],
    [[p], 1, '1 error in 1 file (1 file checked)'],
    [[p, p, { ...p, path: 'data/b.yaml' }], 48, '3 errors in 2 files (48 files checked)'],
  ])('summarise(%j, %d) is %j', (problems, files, expected) => {
    expect(summarise(problems, files)).toBe(expected);
  });
});
