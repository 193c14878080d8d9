import type { Rng } from './rng';

/** A made-up company name in Latin letters and katakana, and the record id made from it. */
export interface SyntheticName {
  id: string;
  name: string;
  nameJa: string;
}

const SYLLABLES: readonly (readonly [string, string])[] = [
  ['ka', 'カ'],
  ['ki', 'キ'],
  ['ko', 'コ'],
  ['sa', 'サ'],
  ['so', 'ソ'],
  ['ta', 'タ'],
  ['te', 'テ'],
  ['to', 'ト'],
  ['na', 'ナ'],
  ['ni', 'ニ'],
  ['no', 'ノ'],
  ['ha', 'ハ'],
  ['hi', 'ヒ'],
  ['ma', 'マ'],
  ['mi', 'ミ'],
  ['mo', 'モ'],
  ['ra', 'ラ'],
  ['ri', 'リ'],
  ['ro', 'ロ'],
  ['ru', 'ル'],
  ['ya', 'ヤ'],
  ['yu', 'ユ'],
  ['zen', 'ゼン'],
  ['ven', 'ヴェン'],
  ['lux', 'ルクス'],
  ['nor', 'ノル'],
  ['vex', 'ヴェクス'],
  ['tal', 'タル'],
  ['mir', 'ミル'],
  ['dor', 'ドル'],
  ['kel', 'ケル'],
  ['vin', 'ヴィン'],
];

/** Name endings by company kind; the kinds match CompanyKindSchema. */
export const SUFFIXES: Record<string, readonly (readonly [string, string])[]> = {
  'model-lab': [
    ['AI', 'AI'],
    ['Labs', 'ラボ'],
    ['Intelligence', 'インテリジェンス'],
  ],
  hyperscaler: [
    ['Cloud', 'クラウド'],
    ['Platforms', 'プラットフォームズ'],
  ],
  chipmaker: [
    ['Semiconductor', 'セミコンダクター'],
    ['Silicon', 'シリコン'],
  ],
  cloud: [
    ['Compute', 'コンピュート'],
    ['GPU Cloud', 'GPUクラウド'],
  ],
  investor: [
    ['Capital', 'キャピタル'],
    ['Ventures', 'ベンチャーズ'],
    ['Partners', 'パートナーズ'],
  ],
  infrastructure: [
    ['Data Centers', 'データセンターズ'],
    ['Power', 'パワー'],
  ],
  defence: [['Defense', 'ディフェンス']],
  other: [
    ['Robotics', 'ロボティクス'],
    ['Systems', 'システムズ'],
  ],
};

/** Returns a name not yet in `taken` (which it then joins) for a company of `kind`. */
export function syntheticName(rng: Rng, kind: string, taken: Set<string>): SyntheticName {
  const endings = SUFFIXES[kind] ?? SUFFIXES.other!;
  for (;;) {
    const parts = Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES));
    const stem = parts.map(([latin]) => latin).join('');
    const [suffix, suffixJa] = rng.pick(endings);
    const name = `${stem[0]!.toUpperCase()}${stem.slice(1)} ${suffix}`;
    const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (taken.has(id)) continue;
    taken.add(id);
    return { id, name, nameJa: `${parts.map(([, kana]) => kana).join('')}${suffixJa}` };
  }
}
