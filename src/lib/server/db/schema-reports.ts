// Tables of the reports area; shared tables and enums come from ./schema-core.
export {};
