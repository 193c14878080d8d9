import { describe, expect, it } from 'vitest';
import { reportIssueUrl, repositoryUrl } from '../../../src/lib/checks/report';

describe('repositoryUrl', () => {
  it('prefers REPOSITORY_URL, without a trailing slash', () => {
    expect(repositoryUrl({ REPOSITORY_URL: 'https://example.org/atlas/' })).toBe(
      'https://example.org/atlas',
    );
  });

  it('builds the address from the GitHub Actions variables', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/atlas' };
    expect(repositoryUrl(env)).toBe('https://github.com/owner/atlas');
  });

  it('knows no address when neither is set or the value is not a web address', () => {
    expect(repositoryUrl({})).toBeUndefined();
    expect(repositoryUrl({ REPOSITORY_URL: 'javascript:alert(1)' })).toBeUndefined();
  });
});

describe('reportIssueUrl', () => {
  it('opens a new issue titled after the page, with the template as body', () => {
    const url = new URL(reportIssueUrl('https://github.com/owner/atlas', '/checks/'));
    expect(url.pathname).toBe('/owner/atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('数字の誤り: /checks/');
    expect(url.searchParams.get('body')).toContain('一次資料');
  });
});
