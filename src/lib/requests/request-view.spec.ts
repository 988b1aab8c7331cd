import { describe, expect, it } from 'vitest';
import { requestView, summarySourceOf, type StoredRequestView } from './request-view';

const row: StoredRequestView = {
	parentNames: 'Camille Durand',
	email: 'camille@exemple.test',
	phone: null,
	appointmentMode: 'phone',
	contactTimes: 'le matin',
	homeLanguage: 'français',
	residenceInsee: '35001',
	workInsee: '35238',
	desiredStart: '2027-09-01',
	latestStart: null,
	regularity: 'regular',
	weeklySchedule: {
		mon: { start: '06:30', end: '18:00' },
		tue: null,
		wed: null,
		thu: null,
		fri: null,
		sat: null,
		sun: null
	},
	variableHours: false,
	atypicalEarly: true,
	atypicalLate: false,
	atypicalSaturday: false,
	atypicalSunday: true,
	atypicalNight: false,
	periscolaire: [],
	careKinds: ['childminder_home']
};

describe('requestView', () => {
	it('reads each atypical column into its flag, and the communes by name', () => {
		const view = requestView(row, { residence: 'Acigné', work: 'Rennes' });
		expect(view.need.atypical).toEqual({
			early: true,
			late: false,
			saturday: false,
			sunday: true,
			night: false
		});
		expect(view.residence).toEqual({ inseeCode: '35001', name: 'Acigné' });
		expect(view.work).toEqual({ inseeCode: '35238', name: 'Rennes' });
		expect(view.contact.appointmentMode).toBe('phone');
	});

	it('names a work commune it cannot find by its code, and has none without one', () => {
		expect(requestView(row, { residence: 'Acigné', work: null }).work?.name).toBe('35238');
		expect(requestView({ ...row, workInsee: null }, { residence: 'Acigné', work: null }).work).toBe(
			null
		);
	});

	it('gives the summary the need, the communes’ names and the appointment mode', () => {
		const source = summarySourceOf(requestView(row, { residence: 'Acigné', work: null }), []);
		expect(source).toMatchObject({
			residenceName: 'Acigné',
			workName: '35238',
			appointmentMode: 'phone',
			desiredStart: '2027-09-01'
		});
	});
});
