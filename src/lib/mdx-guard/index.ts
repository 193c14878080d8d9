export { checkNode, checkTree, formatProblems, urlScheme } from './check';
export type { GuardNode, GuardProblem } from './check';
export { EMBED_COMPONENTS } from './embeds';
