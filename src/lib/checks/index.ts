export * from '../verdicts';
export * from './select';
export * from './article';
export * from './page';
export * from './column';
export * from './export';
export * from './report';
