/**
 * The centroid files shipped in `centroids/<département>.json`: one object, INSEE code →
 * [latitude, longitude] in WGS84 degrees, four decimals (about 10 m, far below what a distance
 * between a family and a childminder needs), keys sorted so that a regeneration diffs cleanly.
 * Written exactly as Prettier would, so that `npm run lint` accepts a regenerated file as is.
 */
export interface Centroid {
	latitude: number;
	longitude: number;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function formatCentroidFile(centroids: Map<string, Centroid>): string {
	const lines = [...centroids]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(
			([code, { latitude, longitude }]) =>
				`\t${JSON.stringify(code)}: [${round4(latitude)}, ${round4(longitude)}]`
		);
	return lines.length === 0 ? '{}\n' : `{\n${lines.join(',\n')}\n}\n`;
}

/** Reads a centroid file; a malformed entry is an error, not a silently missing centroid. */
export function parseCentroidFile(text: string, origin: string): Map<string, Centroid> {
	const parsed: unknown = JSON.parse(text);
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		throw new Error(`${origin}: expected an object of INSEE code → [latitude, longitude]`);
	const centroids = new Map<string, Centroid>();
	for (const [code, value] of Object.entries(parsed)) {
		if (
			!Array.isArray(value) ||
			value.length !== 2 ||
			typeof value[0] !== 'number' ||
			typeof value[1] !== 'number' ||
			Math.abs(value[0]) > 90 ||
			Math.abs(value[1]) > 180
		)
			throw new Error(`${origin}: ${code} has no valid [latitude, longitude]`);
		centroids.set(code, { latitude: value[0], longitude: value[1] });
	}
	return centroids;
}
