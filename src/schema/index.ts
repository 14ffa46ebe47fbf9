export * from './record.js';
export { recordJsonSchema } from './jsonSchema.js';
export { validateRecord } from './validate.js';
