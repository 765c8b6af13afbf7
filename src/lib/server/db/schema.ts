// The whole schema: the foundation's tables, then each area's. Area files import what they
// reference from schema-core, never from here, so that no module imports itself in a cycle.
export * from './schema-core';
export * from './schema-governance';
export * from './schema-calendar';
export * from './schema-reports';
export * from './schema-statistics';
export * from './schema-exchange';
export * from './schema-pledges';
export * from './schema-situation';
export * from './schema-webhooks';
export * from './schema-training';
export * from './schema-barriers';
export * from './schema-library';
