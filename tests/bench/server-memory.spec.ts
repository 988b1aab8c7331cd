import { describe, expect, it } from 'vitest';
import { parseProcStatus, readMemoryMb } from './server-memory';

describe('parseProcStatus', () => {
	it('reads the resident set and its peak in MB', () => {
		const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  307200 kB\nVmRSS:\t  204800 kB\n';
		expect(parseProcStatus(status)).toEqual({ rssMb: 200, peakMb: 300 });
	});

	it('is null when a figure is missing', () => {
		expect(parseProcStatus('Name:\tnode\nVmRSS:\t 1024 kB\n')).toBeNull();
	});
});

describe('readMemoryMb', () => {
	it('reads this very process, and nothing for a process that is gone', () => {
		const own = readMemoryMb(process.pid);
		expect(own?.rssMb).toBeGreaterThan(1);
		expect(own?.peakMb).toBeGreaterThanOrEqual(own?.rssMb ?? Infinity);
		expect(readMemoryMb(2 ** 30)).toBeNull();
	});
});
