import { error } from '@sveltejs/kit';
import { refused, succeeded } from '$lib/server/http/form-failure';
import { m } from '$lib/i18n';
import type { OutcomeFacts } from '$lib/server/requests/outcomes/write-outcome';
import type { RecordOutcomeResult } from '$lib/server/requests/outcomes/record-outcome';
import type { ReopenResult } from '$lib/server/requests/outcomes/reopen-request';

/**
 * How the request page answers the outcome's actions: 404 for another relay's request, 409
 * with a French message when the request's state does not allow it (a booked appointment,
 * a status changed since the page was shown).
 */
const t = m.outcomes;

/** « Solution trouvée : micro-crèche », « Pas de solution : trop loin ». */
export const outcomeSummary = (facts: OutcomeFacts) =>
	facts.found
		? t.summaryFound(t.careKinds[facts.careKind])
		: t.summaryNotFound(t.reasons[facts.reason]);

export function answerRecordOutcome(
	result: RecordOutcomeResult,
	facts: OutcomeFacts,
	values: Record<string, string>
) {
	if (result.ok) return succeeded('recordOutcome', t.form.done(outcomeSummary(facts)));
	if (result.refusal === 'not_found') error(404, m.common.error.notFound);
	const current = result.current ? m.queue.statuses[result.current] : '';
	const message =
		result.refusal === 'appointment_booked'
			? t.errors.appointmentBooked
			: result.refusal === 'stale'
				? m.queue.errors.conflict
				: t.errors.notOpen(current);
	return refused('recordOutcome', message, values);
}

export function answerReopen(result: ReopenResult) {
	if (result.ok) return succeeded('reopen', t.reopen.done);
	if (result.refusal === 'not_found') error(404, m.common.error.notFound);
	const current = result.current ? m.queue.statuses[result.current] : '';
	return refused(
		'reopen',
		result.refusal === 'stale' ? m.queue.errors.conflict : t.errors.notReopenable(current)
	);
}
