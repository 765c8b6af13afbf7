// Tables of the calendar area; shared tables and enums come from ./schema-core.
export {};
