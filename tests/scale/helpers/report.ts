import type { CpuSample } from './cpu-time';

/** What the several-instances test measured, printed at its end and kept in bench-results/. */
export interface ScaleReport {
	setupSeconds?: number;
	scenarios: {
		name: string;
		seconds: number;
		/** What was counted; the counts of harm (double, twice, lost…) must be 0. */
		counts: Record<string, number>;
		/** The answers by kind: `303`, `success 200`, `failure 409`, `http 500`… */
		answers: Record<string, number>;
		slowestMs: number;
		phases?: Record<string, number>;
		/** CPU seconds of the two instances, of PostgreSQL and of the test process (cpu-time.ts). */
		cpuSeconds?: CpuSample;
	}[];
	totalSeconds: number;
	/** CPU seconds from the instances' start to the end of the last scenario. */
	cpuSeconds?: CpuSample;
}

export function formatReport(report: ScaleReport): string {
	const lines = ['', '## Two instances on one PostgreSQL', ''];
	if (report.setupSeconds !== undefined)
		lines.push(`Data prepared in ${report.setupSeconds} s.`, '');
	for (const scenario of report.scenarios) {
		lines.push(`### ${scenario.name}: ${scenario.seconds} s`, '');
		lines.push('| count | value |', '| --- | ---: |');
		for (const [name, value] of Object.entries(scenario.counts))
			lines.push(`| ${name} | ${value} |`);
		const answers = Object.entries(scenario.answers)
			.map(([kind, n]) => `${kind} × ${n}`)
			.join(', ');
		lines.push('', `Answers: ${answers}; the slowest took ${scenario.slowestMs} ms.`);
		if (scenario.phases) {
			const phases = Object.entries(scenario.phases)
				.map(([phase, s]) => `${phase} ${s} s`)
				.join(', ');
			lines.push(`Phases: ${phases}.`);
		}
		if (scenario.cpuSeconds) lines.push(`CPU: ${cpuText(scenario.cpuSeconds)}.`);
		lines.push('');
	}
	lines.push(`Whole run: ${report.totalSeconds} s.`);
	if (report.cpuSeconds) lines.push(`CPU of the scenarios: ${cpuText(report.cpuSeconds)}.`);
	lines.push('');
	return lines.join('\n');
}

const cpuText = (cpu: CpuSample) =>
	`instances ${cpu.apps} s, PostgreSQL ${cpu.postgres} s, test process ${cpu.test} s`;
