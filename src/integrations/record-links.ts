import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtSite } from './site-url';
import { pagePath, recordLink } from '../lib/dataset/paging';
import { DATASETS } from '../lib/dataset/registry';
import { redirectPage } from '../lib/site/redirect-page';
import { withBase } from '../lib/site/url';

// A records table row: <tr id="<record id>" …>. Record ids are lower-case ASCII words and
// hyphens; a fact check's id joins its dataset, record and field with -- and may hold _.
const ROW = /<tr id="([a-z0-9][a-z0-9_-]*)"/g;

/**
 * Writes, into the built site `out`, the stable link data/<name>/record/<id>/ of every record
 * row on every table page of every dataset (page 1, then page/2/, … while they exist), each
 * sending the reader to the page and row where the build placed the record. Working from the
 * built tables guarantees each link lands on its row. Returns how many links it wrote.
 */
export function writeRecordLinks(out: string, site: string, base: string): number {
  let written = 0;
  for (const { name } of DATASETS) {
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      const path = pagePath(name, page);
      const file = join(out, path, 'index.html');
      if (!existsSync(file)) break;
      for (const [, id] of readFileSync(file, 'utf8').matchAll(ROW)) {
        if (!id || seen.has(id)) continue;
        seen.add(id);
        const to = `${withBase(base, path)}#${id}`;
        const folder = join(out, recordLink(name, id));
        mkdirSync(folder, { recursive: true });
        writeFileSync(
          join(folder, 'index.html'),
          redirectPage({ to, canonical: new URL(to, site).href, label: `レコード ${id}` }),
        );
        written++;
      }
    }
  }
  return written;
}

/**
 * Astro integration that writes the stable record links once the site is built (see
 * writeRecordLinks). They are written with the file system, not as Astro pages: at 10k rounds
 * there are over 20,000, and each is a few hundred bytes that needs no rendering.
 */
export function recordLinks(): AstroIntegration {
  let site = 'http://localhost:4321/';
  let base = '/';
  return {
    name: 'record-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ site, base } = builtSite(config));
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = writeRecordLinks(fileURLToPath(dir), site, base);
        logger.info(`${count} stable record links written`);
      },
    },
  };
}
