/** A length of time in minutes as French typography writes it: `45 min`, `1 h`, `1 h 24`. */
export function formatDuration(totalMinutes: number): string {
	const minutes = Math.round(totalMinutes);
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}
