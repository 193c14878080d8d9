import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../../src/lib/ingest/blocks';
import { takeTitle } from '../../../src/lib/ingest/title';

const PROSE = '2025年、AI競争の本質は資金の流れに移った。';

describe('takeTitle', () => {
  it.each([
    [
      'the first line of a plain text',
      `AI資金の地図\n\n${PROSE}`,
      undefined,
      'AI資金の地図',
      [PROSE],
      [],
    ],
    [
      'the frontmatter title, dropping its repeat',
      `ＡＩ資金の  地図\n\n${PROSE}`,
      'AI資金の地図',
      'AI資金の地図',
      [PROSE],
      ['title-repeat'],
    ],
    [
      'a # heading repeating the title',
      `# AI資金の地図\n\n${PROSE}`,
      'AI資金の地図',
      'AI資金の地図',
      [PROSE],
      ['title-repeat'],
    ],
    [
      'the first line, dropping a stray label',
      `AI資金の地図\n\nNew Challenge\n\n${PROSE}`,
      undefined,
      'AI資金の地図',
      [PROSE],
      ['stray-label'],
    ],
    [
      'the frontmatter title, keeping a first heading',
      `はじめに\n\n${PROSE}`,
      'AI資金の地図',
      'AI資金の地図',
      ['はじめに', PROSE],
      [],
    ],
  ])('takeTitle takes %s', (_, text, metaTitle, title, kept, removed) => {
    const result = takeTitle(parseBlocks(text), metaTitle);
    expect(result.title).toBe(title);
    expect(result.blocks.map((b) => b.text)).toEqual(kept);
    expect(result.removed.map((r) => r.kind)).toEqual(removed);
  });
});
