import type { RouteCategory, RouteMeasure, SqlMeasure } from './results';
import { summarize } from './stats';

/** A route measure whose every answer took `latencyMs`, for the budget and table specs. */
export function routeMeasure(
	route: string,
	category: RouteCategory,
	connections: number,
	rps: number,
	latencyMs: number,
	extra: Partial<RouteMeasure> = {}
): RouteMeasure {
	return {
		route,
		label: route,
		category,
		connections,
		durationSeconds: 20,
		requests: Math.round(rps * 20),
		rps,
		latency: summarize(Array.from({ length: 20 }, () => latencyMs)),
		errors: 0,
		statuses: { '200': Math.round(rps * 20) },
		...extra
	};
}

export function sqlMeasure(route: string, connections: number, latencyMs: number): SqlMeasure {
	return {
		route,
		connections,
		durationSeconds: 20,
		operations: 100,
		rps: (connections * 1000) / latencyMs,
		latency: summarize(Array.from({ length: 20 }, () => latencyMs)),
		statements: 3,
		errors: 0
	};
}
