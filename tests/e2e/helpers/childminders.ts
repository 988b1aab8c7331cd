/**
 * Demo childminders kept for the end-to-end tests. The seed draws 300 childminders; these four
 * are fixed in it (`RESERVED_DEMO_CHILDMINDERS` in src/lib/server/seed/demo-directory-draw.ts,
 * which this copies: the server's modules use `$lib` paths that Playwright does not resolve;
 * tests/integration/seed.test.ts checks both agree). Ordinary-looking: active, at home in a
 * Vilaine Ouest commune, contacts published, availability never declared by the seed.
 *
 * Who uses which:
 * - `selfDeclaration.desktop` and `selfDeclaration.mobile`: the self-declaration spec, one per
 *   Playwright project (they declare free places, so the two projects never share one);
 * - `spare[0]` (desktop) and `spare[1]` (mobile): childminder-correction.spec.ts, where an
 *   animator corrects her phone; `spare[0]` is also read by directory-search.spec.ts (her
 *   name, commune and undeclared availability, which no spec changes);
 * - a new spec that changes a childminder needs a new reserved one in the seed.
 */
export interface ReservedChildminder {
	licenceNumber: string;
	email: string;
	/** First name and last name, as pages show them. */
	name: string;
	/** The commune where she works (Vilaine Ouest). */
	communeInsee: string;
	communeName: string;
}

export const reservedChildminders: readonly ReservedChildminder[] = [
	{
		licenceNumber: '35-AM-003184',
		email: 'sandrine.le-henaff@am.rpe-demo.test',
		name: 'Sandrine Le Hénaff',
		communeInsee: '35047',
		communeName: 'Bruz'
	},
	{
		licenceNumber: '35-AM-005927',
		email: 'gwenola.piriou@am.rpe-demo.test',
		name: 'Gwénola Piriou',
		communeInsee: '35240',
		communeName: 'Le Rheu'
	},
	{
		licenceNumber: '35-AM-002761',
		email: 'isabelle.gaudin@am.rpe-demo.test',
		name: 'Isabelle Gaudin',
		communeInsee: '35210',
		communeName: 'Pacé'
	},
	{
		licenceNumber: '35-AM-006402',
		email: 'laetitia.chevrel@am.rpe-demo.test',
		name: 'Laëtitia Chevrel',
		communeInsee: '35196',
		communeName: 'Mordelles'
	}
];

const at = (index: number): ReservedChildminder => {
	const childminder = reservedChildminders[index];
	if (!childminder) throw new Error(`reserved childminder ${index} missing`);
	return childminder;
};

export const selfDeclarationChildminders = { desktop: at(0), mobile: at(1) } as const;
export const spareChildminders = [at(2), at(3)] as const;

/** The self-declaration spec's childminder for a Playwright project ('desktop' or 'mobile'). */
export function selfDeclarationChildminder(projectName: string): ReservedChildminder {
	if (projectName === 'desktop' || projectName === 'mobile')
		return selfDeclarationChildminders[projectName];
	throw new Error(`no reserved childminder for the project ${projectName}`);
}
