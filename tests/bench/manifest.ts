import { readFileSync } from 'node:fs';
import type { BenchDataset } from './dataset';

/**
 * Reads the manifest `npm run bench:data` wrote. A manifest from an older generator, edited
 * by hand or cut short fails here with every problem named, instead of as a sign-in refused
 * or a 404 in the middle of a run.
 */
export function readManifest(file: string): BenchDataset {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new Error(
			`Manifeste du jeu de données introuvable (${file}) : lancez d’abord \`npm run bench:data\` (${String(error)})`
		);
	}
	return parseManifest(text, file);
}

type Json = Record<string, unknown>;
/** A request's reference, as the staff pages' addresses carry it (VO-2026-00108). */
const REFERENCE = /^[A-Z]{2,4}-\d{4}-\d{5,}$/;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseManifest(text: string, source: string): BenchDataset {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new Error(`Manifeste ${source} : JSON illisible (${String(error)})`);
	}
	const problems: string[] = [];
	const object = (value: unknown, path: string): Json => {
		if (isObject(value)) return value;
		problems.push(`${path} : objet attendu`);
		return {};
	};
	const text_ = (value: unknown, path: string, pattern?: RegExp): string => {
		if (typeof value === 'string' && value.trim() !== '' && (!pattern || pattern.test(value)))
			return value;
		problems.push(
			`${path} : ${pattern ? `texte de la forme ${pattern}` : 'texte non vide'} attendu`
		);
		return '';
	};
	const root = object(raw, 'manifeste');
	const kind = root.kind;
	if (kind !== 'postgres' && kind !== 'embedded')
		problems.push(`kind : 'postgres' ou 'embedded' attendu, trouvé ${JSON.stringify(kind)}`);
	const databaseUrl =
		kind === 'postgres' ? text_(root.databaseUrl, 'databaseUrl', /^postgres(ql)?:\/\//) : undefined;
	const dataDir = kind === 'embedded' ? text_(root.dataDir, 'dataDir', /^\//) : undefined;
	const generatedInSeconds = root.generatedInSeconds;
	if (typeof generatedInSeconds !== 'number' || !(generatedInSeconds >= 0))
		problems.push('generatedInSeconds : nombre positif attendu');
	const countsRaw = object(root.counts, 'counts');
	const counts: Record<string, number> = {};
	for (const [name, value] of Object.entries(countsRaw)) {
		if (typeof value === 'number' && Number.isInteger(value) && value >= 0) counts[name] = value;
		else problems.push(`counts.${name} : entier positif attendu`);
	}
	const accounts = object(root.accounts, 'accounts');
	const account = (name: string, withRelay: boolean) => {
		const value = object(accounts[name], `accounts.${name}`);
		return {
			email: text_(value.email, `accounts.${name}.email`, /^[^@\s]+@[^@\s]+$/),
			password: text_(value.password, `accounts.${name}.password`),
			...(withRelay ? { relaySlug: text_(value.relaySlug, `accounts.${name}.relaySlug`) } : {})
		};
	};
	const animator = account('animator', true);
	const admin = account('admin', true);
	const official = account('official', false);
	const coordinator = account('coordinator', false);
	const samplesRaw = object(root.samples, 'samples');
	const samples = {
		requestId: text_(samplesRaw.requestId, 'samples.requestId'),
		requestReference: text_(samplesRaw.requestReference, 'samples.requestReference', REFERENCE),
		bookableRequestId: text_(samplesRaw.bookableRequestId, 'samples.bookableRequestId'),
		bookableRequestReference: text_(
			samplesRaw.bookableRequestReference,
			'samples.bookableRequestReference',
			REFERENCE
		),
		trackingPath: text_(samplesRaw.trackingPath, 'samples.trackingPath', /^\/suivi\/[a-z0-9]+$/),
		directoryCommune: text_(
			samplesRaw.directoryCommune,
			'samples.directoryCommune',
			/^\d[\dAB]\d{3}$/
		)
	};
	if (problems.length > 0)
		throw new Error(`Manifeste ${source} invalide :\n- ${problems.join('\n- ')}`);
	return {
		kind: kind === 'embedded' ? 'embedded' : 'postgres',
		...(databaseUrl ? { databaseUrl } : {}),
		...(dataDir ? { dataDir } : {}),
		generatedInSeconds: typeof generatedInSeconds === 'number' ? generatedInSeconds : 0,
		counts,
		accounts: {
			animator: { ...animator, relaySlug: animator.relaySlug ?? '' },
			admin: { ...admin, relaySlug: admin.relaySlug ?? '' },
			official,
			coordinator
		},
		samples
	};
}
