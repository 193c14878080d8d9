export { validateTree, checkTree, type ValidateOptions, type ValidationResult } from './tree';
export { formatProblem, summarise, type Problem } from './problem';
