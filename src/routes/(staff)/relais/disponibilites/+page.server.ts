import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
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
import { invalid, succeeded } from '$lib/server/http/form-failure';

const e = m.availability.errors;
const t = m.availability.settings;

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	return loadAvailabilitySettings(event.locals.db, admin.relayId, todayInParis());
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
		if (!form.ok) return invalid('rule', form.errors, form.values);
		const result = await addAvailabilityRule(event.locals.db, admin, form.data);
		if (!result.ok) {
			const errors =
				result.reason === 'place'
					? fieldErrors({ placeId: e.placeUnknown })
					: fieldErrors({ animatorId: e.personUnknown });
			return invalid('rule', errors, ruleValues(form.data));
		}
		return succeeded('rule', t.rules.add.created);
	},
	deactivateRule: async (event) => {
		const admin = requireUser(event, 'admin');
		await removeById(event, (id) => deactivateAvailabilityRule(event.locals.db, admin, id));
		return succeeded('rule', t.rules.deactivated);
	},
	addAbsence: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(staffAbsenceSchema, await readForm(event.request));
		if (!form.ok) return invalid('absence', form.errors, form.values);
		const result = await addStaffAbsence(event.locals.db, admin, form.data);
		if (!result.ok) {
			const { staffId, startsOn, endsOn, note } = form.data;
			return invalid('absence', fieldErrors({ absenceStaffId: e.personUnknown }), {
				absenceStaffId: staffId,
				absenceStartsOn: startsOn,
				absenceEndsOn: endsOn,
				absenceNote: note
			});
		}
		return succeeded('absence', t.absences.add.created);
	},
	removeAbsence: async (event) => {
		const admin = requireUser(event, 'admin');
		await removeById(event, (id) => removeStaffAbsence(event.locals.db, admin, id));
		return succeeded('absence', t.absences.removed);
	},
	addClosure: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(relayClosureSchema, await readForm(event.request));
		if (!form.ok) return invalid('closure', form.errors, form.values);
		await addRelayClosure(event.locals.db, admin, form.data);
		return succeeded('closure', t.closures.add.created);
	},
	removeClosure: async (event) => {
		const admin = requireUser(event, 'admin');
		await removeById(event, (id) => removeRelayClosure(event.locals.db, admin, id));
		return succeeded('closure', t.closures.removed);
	}
};

function ruleValues(rule: { [K: string]: string | number | null }): Record<string, string> {
	return Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, v === null ? '' : String(v)]));
}
