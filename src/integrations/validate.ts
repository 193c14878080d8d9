import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { setProjectRoot, shareValidatedData } from '../lib/dataset/project-root';
import { bundleOf } from '../lib/validate/read-bundle';
import { formatProblem, summarise, validateTree } from '../lib/validate/index';
import { annotations } from '../lib/validate/cli';

/**
 * Astro integration that validates data/ before anything is built: `astro build` fails with
 * every problem listed (no stack trace), `astro dev` starts anyway and logs them as warnings.
 * It also tells the pages where data/ is (they read it with `readDataBundle`), and under
 * `astro dev` checks data/ again and reloads the browser when a file there changes.
 */
export function validateData(): AstroIntegration {
  let root = '';
  return {
    name: 'validate-data',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        setProjectRoot(root);
        if (command !== 'build' && command !== 'dev') return;
        const { problems, filesChecked, records } = validateTree({ root });
        const summary = summarise(problems, filesChecked);
        if (problems.length === 0) {
          logger.info(summary);
          // The pages of a build use these records instead of parsing data/ a second time.
          if (command === 'build') shareValidatedData(bundleOf(records));
          return;
        }
        const lines = problems.map(formatProblem);
        // On GitHub Actions each problem also becomes an annotation on its file and line.
        if (process.env.GITHUB_ACTIONS === 'true') {
          for (const line of annotations(fileURLToPath(config.root), problems)) console.log(line);
        }
        if (command === 'dev') {
          for (const line of [...lines, summary]) logger.warn(line);
          return;
        }
        const error = new AstroError(
          `Data validation failed: ${summary}\n${lines.join('\n')}`,
          'Fix the files above and check them with `npm run validate -- <file>`.',
        );
        // The problems are in the data, not the code: a stack trace would only bury them.
        error.stack = '';
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        const data = join(root, 'data') + sep;
        server.watcher.add(data);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(data)) return;
          const { problems, filesChecked } = validateTree({ root });
          for (const p of problems) logger.warn(formatProblem(p));
          logger.info(summarise(problems, filesChecked));
          // No module imports data/, so nothing else would show the change.
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
