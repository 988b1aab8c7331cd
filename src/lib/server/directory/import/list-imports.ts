import { desc, sql } from 'drizzle-orm';
import { directoryImports } from '../../db/schema';
import type { Db } from '../../db/types';
import { STALE_HEARTBEAT_MS } from './limits';

/** The history of imports, newest first, without their files. */
export async function listImports(db: Db, limit = 50) {
	const rows = await db
		.select({
			id: directoryImports.id,
			kind: directoryImports.kind,
			status: directoryImports.status,
			fileName: directoryImports.fileName,
			createdAt: directoryImports.createdAt,
			heartbeatAt: directoryImports.heartbeatAt,
			totalLines: directoryImports.totalLines,
			createdCount: directoryImports.createdCount,
			updatedCount: directoryImports.updatedCount,
			unchangedCount: directoryImports.unchangedCount,
			errorCount: sql<number>`jsonb_array_length(${directoryImports.lineErrors})::int`
		})
		.from(directoryImports)
		.orderBy(desc(directoryImports.createdAt))
		.limit(limit);
	return rows.map(({ heartbeatAt, ...row }) => ({
		...row,
		stale: isStale(row.status, heartbeatAt)
	}));
}

/** A running import without a heartbeat for STALE_HEARTBEAT_MS: its server died. */
export const isStale = (status: string, heartbeatAt: Date | null, now = Date.now()): boolean =>
	status === 'running' &&
	(heartbeatAt === null || now - heartbeatAt.getTime() > STALE_HEARTBEAT_MS);
