import { describe, expect, it } from 'vitest';
import { dedupeBlocks } from '../../../src/lib/dedupe/dedupe';
import type { Block } from '../../../src/lib/dedupe/types';

const h = (text: string, level = 2): Block => ({ kind: 'heading', text, level });
const p = (text: string): Block => ({ kind: 'paragraph', text });

const FLOW =
  '米国のAI企業は巨額の資金を集めている。投資家はGPUの確保に資金を振り向けている。この流れは当面続くと見られている。';
const FLOW_PLUS =
  '米国のAI企業は巨額の資金を集めている。投資家はGPUの確保に資金を振り向けている。特に推論向けの需要が伸びている。この流れは当面続くと見られている。';
const POWER =
  'データセンターの建設も加速しており、電力の確保が新たな課題になっている。各社は長期契約で電力を押さえている。';
const TALENT =
  '研究者の獲得競争は激しさを増している。報酬は数年で倍増したと言われ、大学からの引き抜きも続いている。';
const RULES =
  '各国で規制の議論が進んでいる。企業は対応の準備を迫られており、法務部門の採用も増えている。';

const texts = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.text));

describe('dedupeBlocks', () => {
  it('dedupeBlocks(a body repeated verbatim) keeps one copy', () => {
    const body = [h('資金の流れ'), p(FLOW), p(POWER), h('人材の争奪'), p(TALENT)];
    const { blocks, stats } = dedupeBlocks([...body, ...body, ...body]);
    expect(blocks).toEqual(body);
    expect(stats).toMatchObject({
      sectionsFound: 6,
      sectionsKept: 2,
      sectionsMerged: 4,
      paragraphsDropped: 6,
    });
  });

  it('dedupeBlocks(a later copy with a sentence added) keeps the added sentence once, in place', () => {
    const { blocks, stats } = dedupeBlocks([
      h('資金の流れ'),
      p(FLOW),
      h('資金の流れ'),
      p(FLOW_PLUS),
      h('資金の流れ'),
      p(FLOW_PLUS),
    ]);
    expect(texts(blocks)).toEqual(['# 資金の流れ', FLOW_PLUS]);
    expect(stats).toMatchObject({ paragraphsMerged: 1, paragraphsDropped: 1, sentencesAdded: 1 });
  });

  it('dedupeBlocks(a later copy with a sentence dropped) keeps the complete first version', () => {
    const { blocks } = dedupeBlocks([h('資金の流れ'), p(FLOW_PLUS), h('資金の流れ'), p(FLOW)]);
    expect(texts(blocks)).toEqual(['# 資金の流れ', FLOW_PLUS]);
  });

  it('dedupeBlocks(a section only in a later copy) keeps it between its neighbours', () => {
    const first = [h('資金の流れ'), p(FLOW), h('人材の争奪'), p(TALENT)];
    const later = [h('資金の流れ'), p(FLOW), h('規制の動き'), p(RULES), h('人材の争奪'), p(TALENT)];
    const { blocks, stats } = dedupeBlocks([...first, ...later]);
    expect(texts(blocks)).toEqual([
      '# 資金の流れ',
      FLOW,
      '# 規制の動き',
      RULES,
      '# 人材の争奪',
      TALENT,
    ]);
    expect(stats).toMatchObject({ sectionsFound: 5, sectionsKept: 3, sectionsMerged: 2 });
  });

  it('dedupeBlocks(a paragraph only in a later copy) inserts it after the paragraph it follows there', () => {
    const { blocks } = dedupeBlocks([
      h('資金の流れ'),
      p(FLOW),
      p(TALENT),
      h('資金の流れ'),
      p(FLOW),
      p(POWER),
      p(TALENT),
    ]);
    expect(texts(blocks)).toEqual(['# 資金の流れ', FLOW, POWER, TALENT]);
  });

  it('dedupeBlocks(a short label in two sections) keeps it in both, and drops its copy in a repeated section', () => {
    const body = [
      h('資金の流れ'),
      p('ポイント'),
      p(FLOW),
      h('人材の争奪'),
      p('ポイント'),
      p(TALENT),
    ];
    const { blocks } = dedupeBlocks([...body, ...body]);
    expect(texts(blocks)).toEqual([
      '# 資金の流れ',
      'ポイント',
      FLOW,
      '# 人材の争奪',
      'ポイント',
      TALENT,
    ]);
  });

  it('dedupeBlocks(a refrain twice in one section) keeps both', () => {
    const body = [h('まとめ'), p('答えは一つ。'), p(FLOW), p('答えは一つ。')];
    expect(dedupeBlocks(body).blocks).toEqual(body);
  });

  it('dedupeBlocks(a heading in different markup) merges the sections', () => {
    const { blocks } = dedupeBlocks([
      h('**資金の流れ**', 3),
      p(FLOW),
      h('資金の流れ', 2),
      p(FLOW_PLUS),
    ]);
    expect(texts(blocks)).toEqual(['# **資金の流れ**', FLOW_PLUS]);
  });

  it('dedupeBlocks(the same heading over a different body) keeps both sections', () => {
    const { blocks } = dedupeBlocks([h('まとめ'), p(FLOW), h('まとめ'), p(TALENT)]);
    expect(texts(blocks)).toEqual(['# まとめ', FLOW, '# まとめ', TALENT]);
  });

  it('dedupeBlocks(text with no headings) merges the copies paragraph by paragraph', () => {
    const { blocks, stats } = dedupeBlocks([p(FLOW), p(POWER), p(FLOW), p(TALENT), p(POWER)]);
    expect(texts(blocks)).toEqual([FLOW, TALENT, POWER]);
    expect(stats).toMatchObject({ sectionsFound: 0, paragraphsDropped: 2 });
  });

  it('dedupeBlocks(a truncated last copy) keeps only what the copy adds', () => {
    const cut =
      '考えてみてください。AIの進化は、特定の産業だけでなく、社会全体の構造に影響を与えます。これらの分野は、実はAIエコシステム全体を支える不可欠な要素';
    const { blocks } = dedupeBlocks([p(FLOW), p(POWER), p(POWER), p(cut)]);
    expect(texts(blocks)).toEqual([FLOW, POWER, cut]);
  });

  it('dedupeBlocks(a copy cut off mid-sentence) drops the cut copy', () => {
    const { blocks } = dedupeBlocks([p(FLOW_PLUS), p(FLOW_PLUS.slice(0, 50))]);
    expect(texts(blocks)).toEqual([FLOW_PLUS]);
  });

  it('dedupeBlocks(English copies with spacing and width differences) merges them', () => {
    const a =
      'The money keeps flowing. OpenAI is negotiating a round of $100 billion. Analysts expect more deals.';
    const b =
      'The money keeps  flowing. ＯｐｅｎＡＩ is negotiating a round of $100 billion. Rivals are raising too. Analysts expect more deals.';
    const { blocks } = dedupeBlocks([h('Funding'), p(a), h('## Funding'), p(b)]);
    expect(texts(blocks)).toEqual([
      '# Funding',
      'The money keeps flowing. OpenAI is negotiating a round of $100 billion. Rivals are raising too. Analysts expect more deals.',
    ]);
  });

  it('dedupeBlocks(a near-copy of an earlier paragraph elsewhere) merges it into the first', () => {
    const ask =
      '最後に皆さんに問いたいのですが、あなたの周りで、AIがもたらす具体的な変化や、期待していることは何でしょうか？ぜひ、コメントで聞かせてください。';
    const again =
      '皆さんの周りで、AIがもたらす具体的な変化や、期待していることは何でしょうか？ぜひ、コメントで聞かせてください。';
    const { blocks } = dedupeBlocks([h('結び'), p(ask), p(again), h('展望'), p(TALENT)]);
    expect(texts(blocks)).toEqual(['# 結び', ask, '# 展望', TALENT]);
  });

  it('dedupeBlocks(a templated paragraph whose sentences differ only in their figures) keeps every figure', () => {
    // Reduced from a generated article: the later paragraph's sentences share most bigrams with
    // the earlier one's, but each states another year or amount, which is found nowhere else.
    const earlier =
      '2015年以降、Luxrinor Roboticsの研究開発の体制に関する報道は増え続けています。関係者によれば、Yuma Defenseは2012年11月時点で12億ドルの調達に向けて交渉を進めています。2020年以降、Rakelru Venturesの顧客基盤の拡大に関する報道は増え続けています。';
    const later =
      '2020年以降、Luxrinor Roboticsの研究開発の体制に関する報道は増え続けています。関係者によれば、Sador Defenseは2015年4月時点で11億ドルの調達に向けて交渉を進めています。2020年以降、Rakelru Venturesの顧客基盤の拡大に関する報道は増え続けています。';
    const { blocks } = dedupeBlocks([p(earlier), p(later)]);
    const text = texts(blocks).join('\n');
    expect(text).toContain('Sador Defenseは2015年4月時点で11億ドルの調達');
    expect(text).toContain('2020年以降、Luxrinor Robotics');
    expect(text).toContain('Yuma Defenseは2012年11月時点で12億ドル');
  });

  it('dedupeBlocks(a near-copy with the same figures) still merges it', () => {
    const a =
      '関係者によれば、Yuma Defenseは2012年11月時点で12億ドルの調達に向けて交渉を進めています。';
    const b =
      '関係者によると、Yuma Defenseは2012年11月時点で12億ドルの調達に向け交渉を進めています。';
    const { blocks, stats } = dedupeBlocks([p(a + TALENT), p(b + TALENT)]);
    expect(texts(blocks)).toEqual([a + TALENT]);
    expect(stats.paragraphsDropped).toBe(1);
  });

  it('dedupeBlocks(lists repeated with an extra item) merges the items', () => {
    const list = (items: string[]) =>
      ({ kind: 'list', text: items.map((t, i) => `${i + 1}. ${t}`).join('\n') }) as Block;
    const items = [
      'AI倫理と安全性のソリューションは、社会的な要請とともに価値を増す',
      '特定産業に特化したAIは、深い業界知識を武器に需要が拡大する',
    ];
    const { blocks } = dedupeBlocks([
      list(items),
      list([...items, 'エッジAIと分散型AIが重要になる']),
    ]);
    expect(texts(blocks)).toEqual([
      `1. ${items[0]}\n2. ${items[1]}\n3. エッジAIと分散型AIが重要になる`,
    ]);
  });
});
