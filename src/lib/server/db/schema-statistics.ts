// Tables of the statistics area; shared tables and enums come from ./schema-core.
export {};
