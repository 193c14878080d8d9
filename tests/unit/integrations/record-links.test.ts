import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRecordLinks } from '../../../src/integrations/record-links';

const out = mkdtempSync(join(tmpdir(), 'record-links-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const put = (path: string, rows: string[]) => {
  mkdirSync(join(out, path), { recursive: true });
  const body = rows.map((id) => `<tr id="${id}" role="row"><td>${id}</td></tr>`).join('');
  writeFileSync(join(out, path, 'index.html'), `<table><tbody>${body}</tbody></table>`);
};
put('data/funding-rounds', ['a-1', 'b-2']);
put('data/funding-rounds/page/2', ['c-3']);
// Page 4 without a page 3 is not a page of the dataset's list.
put('data/funding-rounds/page/4', ['lost-4']);
put('data/deals', ['d-1', 'a-1']);
put('data/checks', ['deals--d-1--initial_amount']);

describe('writeRecordLinks', () => {
  const count = writeRecordLinks(out, 'https://atlas.example/', '/atlas/');
  const link = (name: string, id: string) =>
    readFileSync(join(out, 'data', name, 'record', id, 'index.html'), 'utf8');

  it('writes one link per row of each dataset, following the table pages in order', () => {
    expect(count).toBe(6);
    expect(link('checks', 'deals--d-1--initial_amount')).toContain(
      'url=/atlas/data/checks/#deals--d-1--initial_amount',
    );
    expect(existsSync(join(out, 'data/funding-rounds/record/lost-4/index.html'))).toBe(false);
  });

  it('sends the reader to the page and row holding the record, with the base', () => {
    expect(link('funding-rounds', 'c-3')).toContain(
      '<meta http-equiv="refresh" content="0; url=/atlas/data/funding-rounds/page/2/#c-3">',
    );
    expect(link('funding-rounds', 'a-1')).toContain('href="/atlas/data/funding-rounds/#a-1"');
    // The same id in another dataset is another record.
    expect(link('deals', 'a-1')).toContain('url=/atlas/data/deals/#a-1');
  });

  it('names the target as canonical and keeps itself out of search engines', () => {
    const html = link('deals', 'd-1');
    expect(html).toContain(
      '<link rel="canonical" href="https://atlas.example/atlas/data/deals/#d-1">',
    );
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('<script');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("script-src 'none'");
  });
});
