import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblem, summarise, validateTree } from '../lib/validate/index';
import { annotations } from '../lib/validate/cli';

/**
 * Astro integration that validates data/ before anything is built: `astro build` fails with
 * every problem listed (no stack trace), `astro dev` starts anyway and logs them as warnings.
 */
export function validateData(): AstroIntegration {
  return {
    name: 'validate-data',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, filesChecked } = validateTree({ root: fileURLToPath(config.root) });
        const summary = summarise(problems, filesChecked);
        if (problems.length === 0) {
          logger.info(summary);
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
    },
  };
}
