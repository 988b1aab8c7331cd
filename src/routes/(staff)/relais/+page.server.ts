import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { queueCounters } from '$lib/server/queue/queue-listing';
import { loadWeekAppointments } from '$lib/server/appointments/week-appointments';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const db = event.locals.db;
	const [queue, week] = await Promise.all([
		queueCounters(db, user),
		loadWeekAppointments(db, user)
	]);
	return {
		relayName: user.relayName,
		name: user.name,
		isAdmin: user.role === 'admin',
		queue,
		week
	};
};
