/**
 * Identifiers. Ids of rows are UUIDs (`gen_random_uuid()`); an id read from a URL or a form
 * is checked here before it reaches a query, where PostgreSQL would refuse a malformed one
 * with an error (a 500) instead of finding nothing (a 404).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);
