/**
 * The sizes of the benchmark's datasets. One code path fills all of them; only these numbers
 * change.
 *
 * - `departement`: what a whole département's deployment holds after five years — the
 *   communes of Ille-et-Vilaine shared by 8 relays, 10,000 childminders, 30,000 requests a
 *   year (issue 15).
 * - `relay`: one large relay, for the embedded database: an eighth of the département's
 *   communes, 2 years at 6,000 requests a year (a large relay: the département's 30,000 over 8
 *   relays is 3,750 each), 1,200 childminders.
 * - `tiny`: the same shapes in a few seconds, for the test that holds the generator honest.
 */
export interface BenchScale {
	name: 'departement' | 'relay' | 'tiny';
	departement: string;
	/** The département's communes are cut into this many territories, by intercommunality… */
	territories: number;
	/** …of which the first `relays` get a relay; the others stay unserved. */
	relays: number;
	animatorsPerRelay: number;
	/** Officials attached to an intercommunality (the first ones by SIREN). */
	epciOfficials: number;
	childminders: number;
	requests: number;
	years: number;
}

export const scales = {
	departement: {
		name: 'departement',
		departement: '35',
		territories: 8,
		relays: 8,
		animatorsPerRelay: 8,
		epciOfficials: 2,
		childminders: 10_000,
		requests: 150_000,
		years: 5
	},
	relay: {
		name: 'relay',
		departement: '35',
		territories: 8,
		relays: 1,
		animatorsPerRelay: 4,
		epciOfficials: 1,
		childminders: 1_200,
		requests: 12_000,
		years: 2
	},
	tiny: {
		name: 'tiny',
		departement: '35',
		territories: 8,
		relays: 2,
		animatorsPerRelay: 2,
		epciOfficials: 1,
		childminders: 80,
		requests: 1_200,
		years: 3
	}
} as const satisfies Record<BenchScale['name'], BenchScale>;
