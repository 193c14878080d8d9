/** Japanese labels for the enum values the datasets use; unknown values pass through. */
const LABELS: Record<string, string> = {
  // funding-round and deal status
  rumored: '観測報道',
  'in-talks': '交渉中',
  planned: '計画',
  announced: '発表済み',
  closed: '完了',
  // basis
  actual: '実績',
  plan: '計画',
  forecast: '予測',
  estimate: '推計',
  // deal kinds
  'equity-investment': '出資',
  'cloud-contract': 'クラウド契約',
  'compute-purchase': '計算資源の購入',
  construction: '建設受注',
  'joint-venture': '合弁事業',
  supply: '供給契約',
  other: 'その他',
  // revenue metrics
  revenue: '売上高',
  arr: 'ARR(年間経常収益)',
  'segment-revenue': 'セグメント売上',
  // company kinds
  'model-lab': 'AIモデル開発',
  hyperscaler: 'ハイパースケーラー',
  chipmaker: '半導体',
  cloud: 'クラウド',
  defence: '防衛',
  investor: '投資家',
  infrastructure: 'インフラ',
  // markets
  ai: 'AI市場全体',
  'generative-ai': '生成AI',
  'ai-chips': 'AIチップ・半導体',
  'ai-agents': 'AIエージェント',
  'ai-saas': 'AI SaaS',
  'autonomous-robotics': '自動運転・ロボティクスAI',
  'ai-venture-investment': '世界のAI投資',
  'japan-venture-investment': '日本のVC投資',
  // instruments
  equity: '株式',
  debt: '債務',
  convertible: '転換社債',
};

/** Returns the Japanese label of an enum value, or the value itself when none is defined. */
export function labelOf(value: string): string {
  return LABELS[value] ?? value;
}

/** Japanese names of the ISO country codes the companies use. */
const COUNTRIES: Record<string, string> = {
  US: '米国',
  JP: '日本',
  CN: '中国',
  FR: 'フランス',
  GB: '英国',
  ES: 'スペイン',
  SG: 'シンガポール',
  DE: 'ドイツ',
};

// Any other country the schema accepts is named by the runtime's own Japanese region names.
const REGION_NAMES = new Intl.DisplayNames(['ja'], { type: 'region', fallback: 'code' });

/**
 * Returns the Japanese name of an ISO country code: the site's own short forms (米国, 英国) for
 * the usual ones, the standard Japanese name for the rest (CA: カナダ), the code when unknown.
 */
export function countryName(code: string): string {
  if (COUNTRIES[code]) return COUNTRIES[code];
  return /^[A-Z]{2}$/.test(code) ? (REGION_NAMES.of(code) ?? code) : code;
}

/** Returns a percentage with its bound in Japanese: {80, approx} is '約80%', {1, under} '1%未満'. */
export function formatPercent(p: { value: number; qualifier: string }): string {
  const n = `${p.value}%`;
  switch (p.qualifier) {
    case 'approx':
      return `約${n}`;
    case 'under':
      return `${n}未満`;
    case 'over':
      return `${n}超`;
    case 'at-least':
      return `${n}以上`;
    default:
      return n;
  }
}
