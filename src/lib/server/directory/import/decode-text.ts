import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * The text of a CSV file. Spreadsheets export UTF-8 (with or without a byte-order mark) or,
 * from an older Excel on Windows, Windows-1252: a file that is not valid UTF-8 is read as
 * Windows-1252, which decodes any byte, so a file is never refused for its encoding.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { text, encoding: 'utf-8' };
	} catch {
		return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
	}
}
