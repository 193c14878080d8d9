/**
 * Returns the repository's web address from the build environment: REPOSITORY_URL, else the
 * GitHub Actions pair GITHUB_SERVER_URL + GITHUB_REPOSITORY; undefined when neither is set.
 */
export function repositoryUrl(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const explicit = env.REPOSITORY_URL?.trim();
  if (explicit && /^https?:\/\//.test(explicit)) return explicit.replace(/\/+$/, '');
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
  if (server && repo && /^https?:\/\//.test(server) && /^[\w.-]+\/[\w.-]+$/.test(repo)) {
    return `${server.replace(/\/+$/, '')}/${repo}`;
  }
  return undefined;
}

/** Returns the address that opens a new issue reporting an error, with a title and a body template. */
export function reportIssueUrl(repository: string, page?: string): string {
  const title = page ? `数字の誤り: ${page}` : '数字の誤り';
  const body = [
    '## どの数字か',
    'ページのURLと、誤っている数字:',
    '',
    '## 正しいと考える数字と出典',
    '一次資料(届出書類、決算発表、会社発表、公的統計)のURLと該当箇所:',
  ].join('\n');
  const query = new URLSearchParams({ title, body });
  return `${repository}/issues/new?${query.toString()}`;
}
