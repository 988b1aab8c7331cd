/**
 * The total uncompressed size a zip archive (an .xlsx) declares, read from its central
 * directory without inflating anything; null when the archive is not readable as one. A
 * spreadsheet of 15 MB may unpack to gigabytes (a zip bomb): the reader checks this first.
 */
export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const END_SIGNATURE = 0x06054b50;
	const ENTRY_SIGNATURE = 0x02014b50;
	// The end record is in the last 22 bytes + up to 65,535 of comment.
	const lowest = Math.max(0, bytes.byteLength - 22 - 0xffff);
	let end = -1;
	for (let at = bytes.byteLength - 22; at >= lowest; at -= 1) {
		if (view.getUint32(at, true) === END_SIGNATURE) {
			end = at;
			break;
		}
	}
	if (end === -1) return null;
	const entries = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	let total = 0;
	for (let entry = 0; entry < entries; entry += 1) {
		if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== ENTRY_SIGNATURE) return null;
		const size = view.getUint32(at + 24, true);
		// 0xffffffff: a zip64 entry, larger than any list: counted as too large.
		total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
		at +=
			46 +
			view.getUint16(at + 28, true) +
			view.getUint16(at + 30, true) +
			view.getUint16(at + 32, true);
	}
	return total;
}
