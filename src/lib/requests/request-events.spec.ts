import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/i18n';
import { requestAuditActions, requestEventKinds } from './request-events';

const labels = m.queue.request.timeline.kinds as Record<string, string | undefined>;
const actionLabels = m.queue.request.audit.actions as Record<string, string | undefined>;

/** French words, not a key: no underscore, no dot, a capital first. */
const readsAsFrench = (label: string | undefined) =>
	!!label && /^\p{Lu}/u.test(label) && !/[_.]/.test(label);

function serverFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return serverFiles(full);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
	});
}

describe('the request’s history', () => {
	it.each(requestEventKinds)('names the event %s in French', (kind) => {
		const label = labels[kind];
		expect(readsAsFrench(label), `${kind}: ${label}`).toBe(true);
		// Followed by who did it; the actor is never in the label itself.
		expect(label).not.toMatch(/\bpar\b/);
	});

	it.each(requestAuditActions)('names the journal’s action %s in French', (action) => {
		expect(readsAsFrench(actionLabels[action]), action).toBe(true);
	});

	it('labels every request or appointment action the server writes to the audit log', () => {
		const written = new Set<string>();
		for (const file of serverFiles(path.resolve('src/lib/server'))) {
			const source = readFileSync(file, 'utf8');
			for (const match of source.matchAll(/'((?:request|appointment)\.[a-z_]+)'/g)) {
				if (match[1]) written.add(match[1]);
			}
			// `appointment.${outcome}`: the outcomes a held or missed appointment records.
			if (source.includes('`appointment.${outcome}`')) {
				written.add('appointment.attended');
				written.add('appointment.no_show');
			}
		}
		expect(written.size).toBeGreaterThan(10);
		const unlabelled = [...written].filter((action) => !(action in actionLabels));
		expect(unlabelled).toEqual([]);
	});
});
