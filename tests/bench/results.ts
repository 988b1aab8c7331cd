import type { LatencySummary } from './stats';

/**
 * `public`: what a family opens, budget p95 < 50 ms; `staff`: relay pages, directory,
 * observatory and exports, budget p95 < 100 ms; `trivial`: the floor of the app itself.
 */
export type RouteCategory = 'public' | 'staff' | 'trivial';

/** One route under load at one number of connections. */
export interface RouteMeasure {
	route: string;
	label: string;
	category: RouteCategory;
	connections: number;
	durationSeconds: number;
	requests: number;
	rps: number;
	latency: LatencySummary;
	/** Answers with another status than the route's expected one, refused connections, timeouts. */
	errors: number;
	statuses: Record<string, number>;
	note?: string;
}

/** The SQL of a route's domain functions replayed directly on the database driver. */
export interface SqlMeasure {
	route: string;
	connections: number;
	durationSeconds: number;
	/** One operation is one page's worth of statements, run one after the other. */
	operations: number;
	rps: number;
	latency: LatencySummary;
	statements: number;
	errors: number;
}
