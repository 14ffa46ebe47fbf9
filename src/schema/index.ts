export * from './record.js';
export { recordJsonSchema } from './jsonSchema.js';
