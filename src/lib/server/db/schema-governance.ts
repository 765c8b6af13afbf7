// Tables of the governance area; shared tables and enums come from ./schema-core.
export {};
