import type { CorrectableData } from './childminder-to-correct';
import { formatPhone } from '$lib/format/phone';
import { m } from '$lib/i18n';

/** The corrected fields, one line each with the new value, for the mail that tells her. */
export function describeChanges(
	changed: (keyof CorrectableData)[],
	after: CorrectableData,
	names: { communeName: string; mamName: string | null }
): string {
	const t = m.childminder.correction;
	return changed
		.map((key) => {
			const label = t.fieldNames[key] ?? key;
			return `- ${label} : ${valueOf(key, after, names)}`;
		})
		.join('\n');
}

function valueOf(
	key: keyof CorrectableData,
	data: CorrectableData,
	names: { communeName: string; mamName: string | null }
): string {
	const t = m.childminder.correction;
	switch (key) {
		case 'phone':
			return data.phone ? formatPhone(data.phone) : '—';
		case 'workSetting':
			return t.workSettings[data.workSetting];
		case 'status':
			return t.statuses[data.status];
		case 'communeInsee':
			return names.communeName;
		case 'mamId':
			return names.mamName ?? '—';
		default: {
			const value = data[key];
			return value === null || value === '' ? '—' : String(value);
		}
	}
}
