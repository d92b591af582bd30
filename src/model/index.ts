export * from './vocab.js';
export * from './graph-file.js';
export * from './validate.js';
export type * from './graph.js';
export * from './keys.js';
export * from './names.js';
export type * from './extraction.js';
