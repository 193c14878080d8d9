import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { roundTemplate } from '../../../src/lib/data/round-template';

describe('roundTemplate', () => {
  it('writes every contract field, with the draft values filled in', () => {
    const doc = parse(
      roundTemplate({ company: 'anthropic', date: '2025-11', amount: '150億ドル', article: 'x' }),
    );
    expect(doc).toMatchObject({
      company: 'anthropic',
      status: 'announced',
      date: '2025-11',
      amount: '150億ドル',
      sources: [{ article: 'x' }],
    });
  });

  it('leaves placeholders that validation rejects when the draft is empty', () => {
    const doc = parse(roundTemplate({}));
    expect(doc.company).toBe('company-id');
    expect(doc.date).toBe('YYYY-MM');
  });
});
