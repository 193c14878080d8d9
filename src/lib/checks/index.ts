export * from './labels';
export * from './select';
export * from './article';
