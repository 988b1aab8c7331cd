import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchDataset } from './dataset';
import { parseManifest, readManifest } from './manifest';

const valid: BenchDataset = {
	kind: 'postgres',
	databaseUrl: 'postgres://postgres@127.0.0.1:5432/guichet_bench',
	generatedInSeconds: 212.5,
	counts: { childminders: 10000, requests: 150000 },
	accounts: {
		animator: { email: 'animation@banc.test', password: 'secret-1', relaySlug: 'rpe-1' },
		admin: { email: 'admin@banc.test', password: 'secret-2', relaySlug: 'rpe-1' },
		official: { email: 'elu@banc.test', password: 'secret-3' },
		coordinator: { email: 'coordination@banc.test', password: 'secret-4' }
	},
	samples: {
		requestId: 'd728e268-6b5f-5d1e-878b-9af3fec0ec08',
		requestReference: 'RB-2026-00042',
		bookableRequestId: 'a728e268-6b5f-5d1e-878b-9af3fec0ec09',
		bookableRequestReference: 'RB-2026-00043',
		trackingPath: '/suivi/d728e2686b5f5d1e878b9af3fec0ec08abcdefghijklmnopqrstuvwxyz',
		directoryCommune: '35238'
	}
};

const parse = (value: unknown) => parseManifest(JSON.stringify(value), 'manifeste.json');

describe('parseManifest', () => {
	it('reads a manifest as the generator writes it', () => {
		expect(parse(valid)).toEqual(valid);
	});

	it('reads an embedded one, whose data folder is an absolute path', () => {
		const { databaseUrl: _url, ...rest } = valid;
		const embedded = { ...rest, kind: 'embedded', dataDir: '/work/bench-results/embedded-db' };
		expect(parse(embedded)).toEqual(embedded);
	});

	it('names every problem at once, with its field', () => {
		const broken = {
			...valid,
			kind: 'postgres',
			databaseUrl: 'mysql://x',
			counts: { requests: -1 },
			accounts: { ...valid.accounts, animator: { email: 'pas une adresse', password: '' } },
			samples: { ...valid.samples, requestReference: 'abc', directoryCommune: 'Rennes' }
		};
		let message = '';
		try {
			parse(broken);
		} catch (error) {
			message = String(error);
		}
		expect(message).toContain('Manifeste manifeste.json invalide');
		for (const field of [
			'databaseUrl',
			'counts.requests',
			'accounts.animator.email',
			'accounts.animator.password',
			'accounts.animator.relaySlug',
			'samples.requestReference',
			'samples.directoryCommune'
		])
			expect(message).toContain(`- ${field} :`);
	});

	it('refuses an unknown kind, a missing section and a text that is not JSON', () => {
		expect(() => parse({ ...valid, kind: 'sqlite' })).toThrow(/kind : 'postgres' ou 'embedded'/);
		const { samples: _samples, ...withoutSamples } = valid;
		expect(() => parse(withoutSamples)).toThrow(/samples : objet attendu/);
		expect(() => parseManifest('{"kind":', 'x.json')).toThrow(/x\.json : JSON illisible/);
	});
});

describe('readManifest', () => {
	it('tells to run bench:data when the file is missing', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-manifest-'));
		try {
			expect(() => readManifest(path.join(dir, 'absent.json'))).toThrow(/npm run bench:data/);
			const file = path.join(dir, 'dataset.json');
			writeFileSync(file, JSON.stringify(valid));
			expect(readManifest(file).samples.directoryCommune).toBe('35238');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
