import { readFileSync } from 'node:fs';

/**
 * The server's memory from /proc/<pid>/status (Linux): VmHWM is the peak resident set since
 * the process started, kept by the kernel, so no peak between two samples is missed; VmRSS
 * is the resident set now. In MB (MiB, as the kernel counts kB of 1024 bytes).
 */
export function readMemoryMb(pid: number): { rssMb: number; peakMb: number } | null {
	try {
		return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
	} catch {
		return null;
	}
}

export function parseProcStatus(status: string): { rssMb: number; peakMb: number } | null {
	const kb = (name: string) => {
		const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status);
		return match?.[1] ? Number(match[1]) : null;
	};
	const rss = kb('VmRSS');
	const peak = kb('VmHWM');
	return rss === null || peak === null ? null : { rssMb: rss / 1024, peakMb: peak / 1024 };
}
