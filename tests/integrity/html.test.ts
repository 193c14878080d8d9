import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { expect, it } from 'vitest';
import { DIST, htmlPages } from './dist';

it('every built page passes html-validate with no errors', async () => {
  // The project's rules apply wherever the build sits, not only under the project folder.
  const file = pathToFileURL(join(process.cwd(), '.htmlvalidate.mjs')).href;
  const { default: config } = (await import(file)) as { default: ConfigData };
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const pages = htmlPages(DIST);
  expect(pages.length).toBeGreaterThan(30);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(DIST, page));
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
  }
  expect(errors).toEqual([]);
});
