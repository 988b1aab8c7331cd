import type { ChildcareRequestInput } from '../../../src/lib/forms/childcare-request';

/**
 * The need of the seeded e2e families: a regular week of four days, Wednesday off, from a
 * start date. The seeds differ only in the date, the kinds of care and, for the family whose
 * Monday starts early (an observatory marker), Monday's start.
 */
export function weeklyNeed(options: {
	desiredStart: string;
	careKinds: ChildcareRequestInput['need']['careKinds'];
	mondayStart?: string;
}): ChildcareRequestInput['need'] {
	const day = { start: '08:30', end: '17:30' };
	return {
		desiredStart: options.desiredStart,
		latestStart: null,
		regularity: 'regular',
		variableHours: false,
		weeklySchedule: {
			mon: { start: options.mondayStart ?? day.start, end: day.end },
			tue: day,
			wed: null,
			thu: day,
			fri: day,
			sat: null,
			sun: null
		},
		periscolaire: [],
		careKinds: options.careKinds
	};
}
