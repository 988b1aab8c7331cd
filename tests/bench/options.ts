/** `npm run bench -- [--embedded] [--no-build] [--duration 20] [--warmup 5] [--connections 1,10] [--manifest file]` */
export interface BenchOptions {
	kind: 'postgres' | 'embedded';
	build: boolean;
	durationSeconds: number;
	warmupSeconds: number;
	connections: number[];
	manifest: string | null;
}

const positive = (name: string, raw: string | undefined, allowZero = false): number => {
	const value = Number(raw);
	if (raw === undefined || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0))
		throw new Error(`--${name} attend un nombre ${allowZero ? 'positif ou nul' : 'positif'}`);
	return value;
};

export function parseOptions(args: readonly string[]): BenchOptions {
	const options: BenchOptions = {
		kind: 'postgres',
		build: true,
		durationSeconds: 20,
		warmupSeconds: 5,
		connections: [1, 10],
		manifest: null
	};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		const [name, inline] = arg.startsWith('--') ? arg.slice(2).split('=', 2) : [arg, undefined];
		const value = () => inline ?? args[++i];
		switch (name) {
			case 'embedded':
				options.kind = 'embedded';
				break;
			case 'no-build':
				options.build = false;
				break;
			case 'duration':
				options.durationSeconds = positive(name, value());
				break;
			case 'warmup':
				options.warmupSeconds = positive(name, value(), true);
				break;
			case 'connections': {
				const list = (value() ?? '').split(',').map((part) => positive(name, part.trim()));
				if (list.some((n) => !Number.isInteger(n)))
					throw new Error('--connections attend des entiers, par exemple 1,10');
				options.connections = list;
				break;
			}
			case 'manifest':
				options.manifest = value() ?? null;
				if (!options.manifest) throw new Error('--manifest attend un fichier');
				break;
			default:
				throw new Error(`option inconnue : ${arg}`);
		}
	}
	return options;
}
