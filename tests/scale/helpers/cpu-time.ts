import { readFile, readdir } from 'node:fs/promises';

/**
 * CPU seconds spent by the instances, by PostgreSQL and by this test process: on a machine
 * shared with other work the wall-clock duration says little, the CPU a run costs says what
 * it would take on an idle machine (at least the CPU seconds over the number of cores).
 * Linux only (/proc), which is where the test runs.
 */

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every architecture. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
	ppid: number;
	/** Its own CPU time, in ticks. */
	own: number;
	/** The CPU time of its children that ended (and were waited for), in ticks. */
	children: number;
}

async function procStat(pid: number): Promise<ProcStat | undefined> {
	const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
	if (text === undefined) return undefined;
	// The command name, in parentheses, may hold spaces: the fields start after its end.
	const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
	const field = (n: number) => Number(fields[n - 3] ?? 0);
	return { ppid: field(4), own: field(14) + field(15), children: field(16) + field(17) };
}

/** A process and every process it started (PostgreSQL's backends), the ended ones included. */
async function treeTicks(root: number): Promise<number> {
	const stat = await procStat(root);
	if (!stat) return 0;
	let ticks = stat.own + stat.children;
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const child = await procStat(Number(entry));
		if (child?.ppid === root) ticks += child.own;
	}
	return ticks;
}

export interface CpuSample {
	apps: number;
	postgres: number;
	test: number;
}

/** Reads the CPU seconds used so far; `postmaster` is PostgreSQL's main process. */
export async function sampleCpu(
	appPids: readonly number[],
	postmaster: number
): Promise<CpuSample> {
	let apps = 0;
	for (const pid of appPids) apps += (await procStat(pid))?.own ?? 0;
	const usage = process.cpuUsage();
	return {
		apps: apps / TICKS_PER_SECOND,
		postgres: (await treeTicks(postmaster)) / TICKS_PER_SECOND,
		test: (usage.user + usage.system) / 1e6
	};
}

/** The CPU seconds between two samples, rounded to a tenth. */
export function cpuBetween(from: CpuSample, to: CpuSample): CpuSample {
	const tenth = (n: number) => Math.round(n * 10) / 10;
	return {
		apps: tenth(to.apps - from.apps),
		postgres: tenth(to.postgres - from.postgres),
		test: tenth(to.test - from.test)
	};
}

/** PostgreSQL's main process: the parent of the backend serving this connection. */
export async function postmasterOf(backendPid: number): Promise<number> {
	const stat = await procStat(backendPid);
	if (!stat) throw new Error(`no process ${backendPid}: is PostgreSQL on this machine?`);
	return stat.ppid;
}
