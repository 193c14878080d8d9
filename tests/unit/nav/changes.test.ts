import { describe, expect, it } from 'vitest';
import { classify, parseGitLog } from '../../../src/lib/nav/changes';
import { companiesMentioned } from '../../../src/lib/nav/companies';

describe('classify', () => {
  it.each([
    [
      'data/funding-rounds/xai-series-c.yaml',
      { kind: 'record', dataset: 'funding-rounds', id: 'xai-series-c' },
    ],
    ['content/articles/xai-20b-nvidia.mdx', { kind: 'article', slug: 'xai-20b-nvidia' }],
    ['content/sources/002_x.txt', { kind: 'source', file: 'content/sources/002_x.txt' }],
    ['data/README.md', { kind: 'other', file: 'data/README.md' }],
    ['data/fx-rates.yaml', { kind: 'other', file: 'data/fx-rates.yaml' }],
  ])('classify(%s)', (path, thing) => expect(classify(path)).toEqual(thing));
});

describe('parseGitLog', () => {
  const log = [
    '\x1eaaa111\x1f2026-11-21T03:07:27+00:00\x1fFunding rounds can say their date',
    '',
    'M\tdata/funding-rounds/xai-series-c.yaml',
    'A\tdata/companies/acs.yaml',
    '\x1ebbb222\x1f2026-11-20T01:00:00+00:00\x1fRemove a round',
    '',
    'D\tdata/funding-rounds/old.yaml',
    'R100\tcontent/articles/old.mdx\tcontent/articles/new.mdx',
    '',
  ].join('\n');

  it('reads each commit with its date, subject and files, newest first', () => {
    const changes = parseGitLog(log);
    expect(changes.map((c) => [c.hash, c.date, c.subject])).toEqual([
      ['aaa111', '2026-11-21T03:07:27+00:00', 'Funding rounds can say their date'],
      ['bbb222', '2026-11-20T01:00:00+00:00', 'Remove a round'],
    ]);
    expect(changes[0]!.files.map((f) => [f.status, f.path])).toEqual([
      ['modified', 'data/funding-rounds/xai-series-c.yaml'],
      ['added', 'data/companies/acs.yaml'],
    ]);
  });
  it('lists a deletion and a rename under the path that remains', () => {
    expect(parseGitLog(log)[1]!.files.map((f) => [f.status, f.thing])).toEqual([
      ['deleted', { kind: 'record', dataset: 'funding-rounds', id: 'old' }],
      ['renamed', { kind: 'article', slug: 'new' }],
    ]);
  });
  it('returns nothing for an empty log', () => expect(parseGitLog('')).toEqual([]));
});

describe('companiesMentioned', () => {
  const companies = [
    { id: 'softbank', name: 'SoftBank Group', name_ja: 'ソフトバンクグループ' },
    { id: 'anthropic', name: 'Anthropic', aliases: ['某大規模言語モデル企業'] },
    { id: 'xai', name: 'xAI' },
  ];
  it('finds companies by name, Japanese name or alias, in company order', () => {
    const body = '某大規模言語モデル企業が調達した。ソフトバンクグループも出資した。';
    expect(companiesMentioned(body, companies)).toEqual(['softbank', 'anthropic']);
  });
});
