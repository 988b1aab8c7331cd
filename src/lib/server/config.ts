/**
 * Every setting the server reads from its environment, with its default. The README's table
 * of variables mirrors this file. Getters read the environment when asked, so scripts and
 * tests may set variables before use.
 */
const env = (name: string): string | undefined => {
	const value = process.env[name];
	return value === undefined || value.trim() === '' ? undefined : value.trim();
};

const integer = (name: string, fallback: number): number => {
	const raw = env(name);
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
	return value;
};

export const config = {
	get databaseUrl() {
		return env('DATABASE_URL');
	},
	get pgliteDataDir() {
		return env('PGLITE_DATA_DIR') ?? './data/db';
	},
	get databasePoolSize() {
		return integer('DATABASE_POOL_SIZE', 10);
	},
	/** Public address of the portal, for links in emails. */
	get publicUrl() {
		return (env('PUBLIC_URL') ?? env('ORIGIN') ?? 'http://localhost:3000').replace(/\/+$/, '');
	},
	/**
	 * Key of the tracking links written in mails (requests/tracking-link.ts). Optional: the
	 * fallback only lets a reader of the database compute them, who can read the mails anyway.
	 */
	get trackingLinkSecret() {
		return env('TRACKING_LINK_SECRET') ?? 'guichet: tracking links, no secret configured';
	},
	get hasTrackingLinkSecret() {
		return env('TRACKING_LINK_SECRET') !== undefined;
	},
	get smtpUrl() {
		return env('SMTP_URL');
	},
	get mailFrom() {
		return env('MAIL_FROM') ?? 'Guichet RPE <ne-pas-repondre@guichet.invalid>';
	},
	get outboxDir() {
		return env('OUTBOX_DIR') ?? './data/outbox';
	},
	get mailSenderIntervalMs() {
		return integer('MAIL_SENDER_INTERVAL_MS', 5000);
	},
	/**
	 * How long a mail being sent stays reserved to its instance without news from it: after a
	 * crash, another instance (or the restarted one) sends it after this. One minute.
	 */
	get mailLeaseMs() {
		const value = integer('MAIL_LEASE_MS', 60_000);
		if (value < 1000) throw new Error('MAIL_LEASE_MS must be at least 1000');
		return value;
	},
	/**
	 * The départements the deployment serves (INSEE codes, comma-separated): their communes
	 * and intercommunalities are loaded from the official référentiel (territory/).
	 */
	get departements(): string[] {
		const raw = env('TERRITORY_DEPARTEMENTS') ?? '35';
		const codes = raw.split(',').map((code) => code.trim().toUpperCase());
		for (const code of codes)
			if (!/^(?:[0-9]{2}|2[AB]|97[0-9])$/.test(code))
				throw new Error(`TERRITORY_DEPARTEMENTS: ${code} is not a département code`);
		return [...new Set(codes)];
	},
	/** What the coordinator and deployment-wide officials see as their territory's name. */
	get deploymentName() {
		return env('DEPLOYMENT_NAME') ?? 'Ille-et-Vilaine';
	},
	/**
	 * How long a closed request keeps its personal data, in months after closure (GDPR art.
	 * 5-1-e; the README says why 24). Then the daily purge erases them (requests/retention).
	 */
	get retentionMonths() {
		const value = integer('RETENTION_MONTHS', 24);
		if (value < 1 || value > 120) throw new Error('RETENTION_MONTHS must be between 1 and 120');
		return value;
	},
	/** `auto`: seed demo data on the first start of an empty embedded database. */
	get demoSeed(): 'auto' | 'never' {
		return env('DEMO_SEED') === 'never' ? 'never' : 'auto';
	},
	get logLevel() {
		return env('LOG_LEVEL') ?? 'info';
	}
};
