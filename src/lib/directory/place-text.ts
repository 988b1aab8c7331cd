import { weekDays, type WeeklySchedule } from '$lib/childcare-request-options';
import { ageBandOf } from './directory-options';
import { formatTime } from '$lib/format/times';
import { m } from '$lib/i18n';

/** A free place's ages as she chose them ("moins de 18 mois"), or in months for others. */
export function placeAgesText(min: number, max: number | null): string {
	const t = m.childminder.page;
	const band = ageBandOf(min, max);
	return band ? t.ageBands[band] : t.otherAges(min, max);
}

/** Her days and hours: "Lundi 8 h 00 – 17 h 00 ; Vendredi 20 h 00 – 7 h 00 (nuit)". */
export function scheduleText(schedule: WeeklySchedule): string {
	const t = m.childminder.page;
	return weekDays
		.flatMap((day) => {
			const slot = schedule[day];
			if (!slot) return [];
			const night = slot.end <= slot.start ? ` (${t.overnightShort})` : '';
			return [`${t.days[day]} ${formatTime(slot.start)} – ${formatTime(slot.end)}${night}`];
		})
		.join(' ; ');
}
