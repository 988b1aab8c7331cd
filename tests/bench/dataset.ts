/**
 * The manifest `npm run bench:data` writes beside the dataset it generated
 * (`bench-results/dataset-postgres.json` or `bench-results/dataset-embedded.json`), so the
 * load runs and the scale tests find real accounts and real rows without querying the
 * database first. Every sample belongs to `accounts.animator`'s relay, so a run signed in as
 * that animator can open each one.
 */
export interface BenchDataset {
	kind: 'postgres' | 'embedded';
	/** PostgreSQL URL of the generated database (kind 'postgres'). */
	databaseUrl?: string;
	/** Absolute path of the PGlite data directory (kind 'embedded'). */
	dataDir?: string;
	generatedInSeconds: number;
	/** Rows generated: childminders, requests, appointments, relays, staff… */
	counts: Record<string, number>;
	/** Real accounts whose passwords work on /connexion. */
	accounts: {
		animator: { email: string; password: string; relaySlug: string };
		admin: { email: string; password: string; relaySlug: string };
		official: { email: string; password: string };
		coordinator: { email: string; password: string };
	};
	samples: {
		/** An open request with a family file: the request page. */
		requestId: string;
		/** Its reference: the request page is `/relais/demandes/<reference>`. */
		requestReference: string;
		/** A request with no appointment yet: the booking page. */
		bookableRequestId: string;
		/** Its reference: the booking page is `/relais/demandes/<reference>/rendez-vous`. */
		bookableRequestReference: string;
		/**
		 * '/suivi/<token>' of a request of the animator's relay: a mail token
		 * (requests/tracking-link.ts), so the app must run with the generator's
		 * TRACKING_LINK_SECRET (both unset by default).
		 */
		trackingPath: string;
		/** INSEE code of a commune of the animator's relay, for the directory search. */
		directoryCommune: string;
	};
}

/** Where the manifest of each kind of dataset is written, relative to the checkout. */
export const datasetManifestPaths = {
	postgres: 'bench-results/dataset-postgres.json',
	embedded: 'bench-results/dataset-embedded.json'
} as const satisfies Record<BenchDataset['kind'], string>;
