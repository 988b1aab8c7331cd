import { describe, expect, it } from 'vitest';
import { formatCentroidFile, parseCentroidFile } from './centroid-file';

describe('centroid files', () => {
	it('writes codes in order, four decimals, latitude first, and reads back what it wrote', () => {
		const centroids = new Map([
			['35238', { latitude: 48.11197, longitude: -1.68186 }],
			['35047', { latitude: 48.0247, longitude: -1.7458 }]
		]);
		const text = formatCentroidFile(centroids);
		expect(text).toBe('{\n\t"35047": [48.0247, -1.7458],\n\t"35238": [48.112, -1.6819]\n}\n');
		expect(parseCentroidFile(text, 'test')).toEqual(
			new Map([
				['35047', { latitude: 48.0247, longitude: -1.7458 }],
				['35238', { latitude: 48.112, longitude: -1.6819 }]
			])
		);
	});

	it('refuses a malformed entry instead of leaving a commune silently without centroid', () => {
		expect(() => parseCentroidFile('{"35047": [48.02]}', '35.json')).toThrow(/35047/);
		expect(() => parseCentroidFile('{"35047": [-1.7, 148.0]}', '35.json')).not.toThrow();
		expect(() => parseCentroidFile('{"35047": [148.0, -1.7]}', '35.json')).toThrow(/35047/);
		expect(() => parseCentroidFile('[]', '35.json')).toThrow(/35.json/);
	});
});
