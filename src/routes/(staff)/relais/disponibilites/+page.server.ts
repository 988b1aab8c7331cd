import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { runtimeDatabase } from '$lib/server/db/runtime';
import { requireUser } from '$lib/server/auth/guard';
import {
	addAvailabilityRule,
	addRelayClosure,
	addStaffAbsence,
	deactivateAvailabilityRule,
	loadAvailabilitySettings,
	removeRelayClosure,
	removeStaffAbsence,
	type SettingResult
} from '$lib/server/appointments/availability-settings';
import { fieldErrors, parseForm } from '$lib/forms/parse-form';
import {
	availabilityRuleSchema,
	relayClosureSchema,
	settingIdSchema,
	staffAbsenceSchema
} from '$lib/forms/availability';
import { todayInParis } from '$lib/time/paris';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';

const e = m.availability.errors;

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	return loadAvailabilitySettings(runtimeDatabase(), admin.relayId, todayInParis());
};

/** Remove/deactivate buttons carry a hidden id: a wrong or foreign one answers 404. */
async function removeById(event: RequestEvent, remove: (id: string) => Promise<SettingResult>) {
	const form = parseForm(settingIdSchema, await readForm(event.request));
	if (!form.ok) error(404, m.common.error.notFound);
	const result = await remove(form.data.id);
	if (!result.ok) error(404, m.common.error.notFound);
}

export const actions: Actions = {
	addRule: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(availabilityRuleSchema, await readForm(event.request));
		if (!form.ok)
			return fail(400, { section: 'rule' as const, errors: form.errors, values: form.values });
		const result = await addAvailabilityRule(runtimeDatabase(), admin, form.data);
		if (!result.ok) {
			const errors =
				result.reason === 'place'
					? fieldErrors({ placeId: e.placeUnknown })
					: fieldErrors({ animatorId: e.personUnknown });
			return fail(400, { section: 'rule' as const, errors, values: ruleValues(form.data) });
		}
		return { done: 'ruleCreated' as const };
	},
	deactivateRule: async (event) => {
		const admin = requireUser(event, 'admin');
		await removeById(event, (id) => deactivateAvailabilityRule(runtimeDatabase(), admin, id));
		return { done: 'ruleDeactivated' as const };
	},
	addAbsence: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(staffAbsenceSchema, await readForm(event.request));
		if (!form.ok)
			return fail(400, { section: 'absence' as const, errors: form.errors, values: form.values });
		const result = await addStaffAbsence(runtimeDatabase(), admin, form.data);
		if (!result.ok) {
			const { staffId, startsOn, endsOn, note } = form.data;
			return fail(400, {
				section: 'absence' as const,
				errors: fieldErrors({ absenceStaffId: e.personUnknown }),
				values: {
					absenceStaffId: staffId,
					absenceStartsOn: startsOn,
					absenceEndsOn: endsOn,
					absenceNote: note
				}
			});
		}
		return { done: 'absenceCreated' as const };
	},
	removeAbsence: async (event) => {
		const admin = requireUser(event, 'admin');
		await removeById(event, (id) => removeStaffAbsence(runtimeDatabase(), admin, id));
		return { done: 'absenceRemoved' as const };
	},
	addClosure: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(relayClosureSchema, await readForm(event.request));
		if (!form.ok)
			return fail(400, { section: 'closure' as const, errors: form.errors, values: form.values });
		await addRelayClosure(runtimeDatabase(), admin, form.data);
		return { done: 'closureCreated' as const };
	},
	removeClosure: async (event) => {
		const admin = requireUser(event, 'admin');
		await removeById(event, (id) => removeRelayClosure(runtimeDatabase(), admin, id));
		return { done: 'closureRemoved' as const };
	}
};

function ruleValues(rule: { [K: string]: string | number | null }): Record<string, string> {
	return Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, v === null ? '' : String(v)]));
}
