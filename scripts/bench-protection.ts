// npx tsx scripts/bench-protection.ts — not a test: protectGrid's time on a département-scale
// grid (1,000 communes in 100 EPCIs and the territory, by 12 months, 4 quarters, 2 half-years and
// the year: ~19,000 cells, ~9,500 lines), with many small counts. Prints the median and the
// slowest of a few runs, how many cells each rule hid, and the audited share.
import { protectGrid } from '../src/lib/server/observatory/protection/protect-grid';
import { disclosedCells } from '../src/lib/server/observatory/protection/disclosure-audit';
import { crossGrid, type Axis } from '../src/lib/server/observatory/protection/test-grids';

const EPCIS = 100;
const COMMUNES_PER_EPCI = 10;
const RUNS = 7;

// A deterministic pseudo-random sequence, so that two runs measure the same data.
let state = 20261202;
const random = () => {
	state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
	return state / 2 ** 31;
};

const label = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, i) => `${prefix}${i}`);
const communes: string[] = [];
const groups: Axis['groups'] = [];
for (const epci of label('e', EPCIS)) {
	const members = label(`${epci}c`, COMMUNES_PER_EPCI);
	communes.push(...members);
	groups.push({ label: epci, parts: members, breakdown: false });
}
groups.push({ label: 'territory', parts: label('e', EPCIS), breakdown: false });
const months = label('m', 12);
const periods: Axis = {
	leaves: months,
	groups: [
		...[0, 1, 2, 3].map((q) => ({
			label: `q${q}`,
			parts: months.slice(3 * q, 3 * q + 3),
			breakdown: false
		})),
		{ label: 'h0', parts: ['q0', 'q1'], breakdown: false },
		{ label: 'h1', parts: ['q2', 'q3'], breakdown: false },
		{ label: 'year', parts: ['h0', 'h1'], breakdown: false }
	]
};
// Most communes are small: a few requests a month, some months none; one in ten is a town.
const size = new Map(communes.map((commune) => [commune, random() < 0.1 ? 25 : 2]));
const counts = new Map<string, number>();
const grid = crossGrid({ leaves: communes, groups }, periods, (commune, month) => {
	const key = `${commune}|${month}`;
	const mean = size.get(commune) ?? 2;
	const value = Math.floor(random() * 2 * mean);
	counts.set(key, value);
	return value;
});

// Wall time and CPU time: on a busy machine the CPU time is the steadier figure.
const times: number[] = [];
const cpuTimes: number[] = [];
let result = protectGrid(grid);
for (let run = 0; run < RUNS; run++) {
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	result = protectGrid(grid);
	const cpu = process.cpuUsage(cpuStart);
	times.push(performance.now() - start);
	cpuTimes.push((cpu.user + cpu.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const byStatus = new Map<string, number>();
for (const cell of result.values()) {
	const status = cell.shown ? 'shown' : cell.reason;
	byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
}
console.log(`${grid.cells.length} cells, ${grid.lines.length} lines`);
console.log(
	`protectGrid: median ${times[Math.floor(RUNS / 2)]?.toFixed(1)} ms, slowest ${times.at(-1)?.toFixed(1)} ms` +
		` (CPU: median ${cpuTimes[Math.floor(RUNS / 2)]?.toFixed(1)} ms)`
);
console.log(Object.fromEntries(byStatus));
const auditStart = performance.now();
const disclosed = disclosedCells(grid, result);
console.log(
	`full audit (no size bound): ${disclosed.length} cells disclosed, ${(performance.now() - auditStart).toFixed(1)} ms`
);
