import type { Db } from './types';

/**
 * A query of fixed shape, built once per database handle and then only executed: drizzle
 * spends about a millisecond of CPU turning a query builder into SQL and preparing its result
 * mapping, several times what postgres.js needs to run it, and a staff page runs about ten.
 * The hot queries whose shape never changes (values go through `sql.placeholder`) are built
 * here once; the rest stay ordinary builders.
 *
 * Keyed by the handle (a WeakMap): a transaction gets its own, forgotten with it, so a
 * prepared query never runs outside the connection it was given.
 */
export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
	const built = new WeakMap<Db, Q>();
	return (db) => {
		let query = built.get(db);
		if (query === undefined) {
			query = build(db);
			built.set(db, query);
		}
		return query;
	};
}
