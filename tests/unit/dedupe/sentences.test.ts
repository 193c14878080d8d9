import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/dedupe/sentences';

describe('splitSentences', () => {
  it.each([
    ['資金が集まる。GPUが足りない！なぜか？', ['資金が集まる。', 'GPUが足りない！', 'なぜか？']],
    ['彼は「本当か？」と聞いた。次へ。', ['彼は「本当か？」と聞いた。', '次へ。']],
    [
      'Money flows. GPUs are scarce! Why? Because of 4.5 models.',
      ['Money flows. ', 'GPUs are scarce! ', 'Why? ', 'Because of 4.5 models.'],
    ],
    ['Wait... and see', ['Wait... and see']],
    ['一行目\n二行目', ['一行目\n', '二行目']],
    ['終わらない文', ['終わらない文']],
  ])('splitSentences(%j) is %j', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('splitSentences(text).join("") gives the text back', () => {
    const text = 'どう思いますか？ 私が思うに、これは転換点です。Next. Done!';
    expect(splitSentences(text).join('')).toBe(text);
  });
});
