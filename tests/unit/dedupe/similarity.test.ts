import { describe, expect, it } from 'vitest';
import { normaliseKey } from '../../../src/lib/dedupe/normalise';
import { sameSentence, sentenceKey } from '../../../src/lib/dedupe/similarity';

const key = (s: string) => sentenceKey(normaliseKey(s));

describe('sameSentence', () => {
  it.each([
    ['equal after normalisation', 'ＡＩ市場は拡大している。', 'AI市場は拡大している。', true],
    [
      'an edited opening clause',
      '最後に皆さんに問いたいのですが、あなたの周りで、AIがもたらす具体的な変化や、期待していることは何でしょうか？',
      '皆さんの周りで、AIがもたらす具体的な変化や、期待していることは何でしょうか？',
      true,
    ],
    [
      'a cut-off copy',
      'これらの分野は、実はAIエコシステム全体を支える要素です。',
      'これらの分野は、実はAIエコシステム全体を',
      true,
    ],
    [
      'different sentences on one topic',
      'Anthropicは巨額の資金を調達した。',
      'OpenAIは巨額の資金調達を交渉中だ。',
      false,
    ],
    ['short phrases compare exactly', 'ポイント', 'ポイントです', false],
    [
      'a clause and a long sentence',
      '資金が集まる理由',
      '資金が集まる理由は三つあり、市場の成長、技術の進歩、そして競争の激化である。',
      false,
    ],
    [
      'templated sentences that state other figures',
      '関係者によれば、Sador Defenseは2015年4月時点で11億ドルの調達に向けて交渉を進めています。',
      '関係者によれば、Yuma Defenseは2012年11月時点で12億ドルの調達に向けて交渉を進めています。',
      false,
    ],
    [
      'near-copies with the same amount in other units',
      'Talya Intelligenceは今年、計算資源に11億ドルを投じる計画を明らかにしている。',
      'Talya Intelligenceは今年、計算資源に11億円を投じる計画を明らかにしている。',
      false,
    ],
    [
      'near-copies that state the same figures',
      '関係者によれば、Yuma Defenseは2012年11月時点で12億ドルの調達に向けて交渉を進めています。',
      '関係者によると、Yuma Defenseは2012年11月時点で12億ドルの調達に向け交渉を進めています。',
      true,
    ],
    [
      'English near-copies',
      'The money keeps flowing into AI labs.',
      'The money keeps  flowing into the AI labs.',
      true,
    ],
  ])('sameSentence: %s is %s', (_, a, b, expected) => {
    expect(sameSentence(key(a), key(b))).toBe(expected);
    expect(sameSentence(key(b), key(a))).toBe(expected);
  });

  it('counts a substring that starts inside a surrogate pair, though it shares few bigrams', () => {
    const emoji = '\u{1f600}';
    const small = sentenceKey(`\ude00${emoji.repeat(6)}`);
    const large = sentenceKey(`${emoji.repeat(8)}${'あ'.repeat(30)}`);
    expect(large.key.includes(small.key)).toBe(true);
    expect(sameSentence(small, large)).toBe(true);
  });
});
