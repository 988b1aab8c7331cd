import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('parseOptions', () => {
	it('defaults to PostgreSQL, a build, 20 s after 5 s of warm-up, at 1 and 10 connections', () => {
		expect(parseOptions([])).toEqual({
			kind: 'postgres',
			build: true,
			durationSeconds: 20,
			warmupSeconds: 5,
			connections: [1, 10],
			manifest: null
		});
	});

	it('takes the quick-run options, with a space or an equals sign', () => {
		expect(
			parseOptions([
				'--embedded',
				'--no-build',
				'--duration',
				'3',
				'--warmup=0',
				'--connections=10'
			])
		).toMatchObject({
			kind: 'embedded',
			build: false,
			durationSeconds: 3,
			warmupSeconds: 0,
			connections: [10]
		});
	});

	it('refuses what it does not understand', () => {
		expect(() => parseOptions(['--duration', '0'])).toThrow(/--duration/);
		expect(() => parseOptions(['--connections', '1,x'])).toThrow(/--connections/);
		expect(() => parseOptions(['--connections', '2.5'])).toThrow(/entiers/);
		expect(() => parseOptions(['--fast'])).toThrow(/option inconnue : --fast/);
	});
});
