import { formatShare } from '$lib/format/numbers';

/** A share 0–1 as a French percentage: `42 %`. */
export const formatShareValue = (value: number): string => formatShare(value, 1) ?? '';
