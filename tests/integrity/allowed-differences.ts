/**
 * Files that may differ between two builds of the same commit, each with the reason. A path
 * matches when the pattern matches the whole `/`-separated path relative to dist/.
 */
export const ALLOWED_DIFFERENCES: readonly { pattern: RegExp; reason: string }[] = [];
