import { describe, expect, it } from 'vitest';
import { isHttpUrl, safeHref } from '../../../src/schemas/url';
import { CountrySchema, HttpUrlSchema, PartialDateSchema } from '../../../src/schemas/common';

describe('isHttpUrl and safeHref', () => {
  it.each([
    ['https://www.anthropic.com', true],
    ['http://example.com/x?y=1', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,<script>1</script>', false],
    ['file:///etc/passwd', false],
    ['//evil.test', false],
    ['/admin', false],
    ['https://', false],
  ])('isHttpUrl(%j) is %j', (url, ok) => {
    expect(isHttpUrl(url)).toBe(ok);
    expect(safeHref(url)).toBe(ok ? url : undefined);
    expect(HttpUrlSchema.safeParse(url).success).toBe(ok);
  });
});

describe('PartialDateSchema', () => {
  it.each([
    ['2025', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['0000', false],
    ['1066-10', false],
    ['2099', false],
    ['1950', true],
    ['2050-12-31', true],
  ])('accepts %j: %j', (date, ok) => {
    expect(PartialDateSchema.safeParse(date).success).toBe(ok);
  });
});

describe('CountrySchema', () => {
  it.each([
    ['US', true],
    ['JP', true],
    ['FR', true],
    ['ZZ', false],
    ['XX', false],
    ['UK', false],
    ['EU', false],
    ['QQ', false],
    ['us', false],
  ])('accepts %j: %j', (code, ok) => {
    expect(CountrySchema.safeParse(code).success).toBe(ok);
  });
});
