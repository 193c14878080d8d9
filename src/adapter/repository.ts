import { repositoryUrl } from '../lib/checks/report';

/** Returns the repository's web address for this build (REPOSITORY_URL or GitHub Actions), if known. */
export const buildRepositoryUrl = (): string | undefined => repositoryUrl(process.env);
