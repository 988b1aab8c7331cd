import type { CareStructureKind } from '$lib/directory/directory-options';
import { normalizeWords } from './normalize-header';

/** French words of the lists → the structure's kind; the most specific wording first. */
const KINDS: [RegExp, CareStructureKind][] = [
	[/\bmicro creche\b/, 'micro_creche'],
	[/\bcreche familiale\b|\bservice accueil familial\b|\bsaf\b/, 'creche_familiale'],
	[/\bmulti accueil\b|\bhalte garderie\b|\bhalte\b/, 'multi_accueil'],
	[
		/\bgarde a domicile\b|\bservice a domicile\b|\bdomicile\b|\bgarde partagee\b/,
		'home_care_service'
	],
	[
		/\baccueil (collectif )?de loisirs\b|\balsh\b|\bperiscolaire\b|\bcentre de loisirs\b|\bclsh\b/,
		'accueil_loisirs'
	],
	[/\bcreche\b|\beaje\b|\bjardin d enfants\b/, 'creche']
];

/** The kind a list's wording names ("Micro-crèche", "ALSH", "Multi-accueil"), or null. */
export function parseStructureKind(value: string): CareStructureKind | null {
	const words = normalizeWords(value);
	if (words === '') return null;
	for (const [pattern, kind] of KINDS) if (pattern.test(words)) return kind;
	return null;
}
