import { describe, expect, it } from 'vitest';
import { countryName, labelOf } from '../../../src/lib/dataset/labels';

describe('countryName', () => {
  it('uses the site’s short forms, and the standard Japanese name for any other country', () => {
    expect(countryName('US')).toBe('米国');
    expect(countryName('GB')).toBe('英国');
    expect(countryName('CA')).toBe('カナダ');
    expect(countryName('KR')).toBe('韓国');
    expect(countryName('IN')).toBe('インド');
  });

  it('returns anything that is not a country code as it is', () => {
    expect(countryName('ZZZ')).toBe('ZZZ');
    expect(countryName('')).toBe('');
  });
});

describe('labelOf', () => {
  it('names an enum value in Japanese and passes an unknown one through', () => {
    expect(labelOf('in-talks')).toBe('交渉中');
    expect(labelOf('something-new')).toBe('something-new');
  });
});
