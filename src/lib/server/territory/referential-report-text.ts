import { formatDate } from '$lib/format/dates';
import type { LoadCounts, ReferentialReport } from './load-referential';

const counts = (c: LoadCounts) =>
	`ajoutées : ${c.added}, mises à jour : ${c.updated}, inchangées : ${c.unchanged}`;

/**
 * The load's report as the person who ran `npm run territory:load` reads it, in French: what
 * changed, then what needs a decision (communes gone from the référentiel, centroids to type).
 */
export function describeReferentialReport(report: ReferentialReport): string[] {
	const lines = [
		`Référentiel @etalab/decoupage-administratif${report.version ? ` ${report.version}` : ''}, département${report.departements.length > 1 ? 's' : ''} ${report.departements.join(', ')}.`,
		`Intercommunalités — ${counts(report.epcis)}.`,
		`Communes — ${counts(report.communes)}.`
	];
	if (report.back.length > 0)
		lines.push(`Communes de nouveau présentes dans le référentiel : ${report.back.join(', ')}.`);
	if (report.missing.length > 0) {
		lines.push(
			'Communes absentes du référentiel (fusionnées ou renommées ?), conservées : à revoir par le coordinateur.'
		);
		for (const m of report.missing)
			lines.push(
				`  ${m.inseeCode} ${m.name}, absente depuis le ${formatDate(m.since)}, ${m.relay ? `desservie par ${m.relay.name}` : 'desservie par aucun relais'}`
			);
	}
	if (report.withoutCentroid.length > 0) {
		lines.push(
			'Communes sans centroïde (les distances ne peuvent pas être calculées) : à saisir par le coordinateur.'
		);
		for (const c of report.withoutCentroid) lines.push(`  ${c.inseeCode} ${c.name}`);
	}
	return lines;
}
