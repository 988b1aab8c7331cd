import { expect, type Page } from '@playwright/test';
import { familyFr } from '../../../src/lib/i18n/family/fr';

/**
 * French left on an English or Arabic family page: the page's text scanned against the
 * values of the French family catalogue (the reference every family text comes from). A
 * French value found whole on the page, at word boundaries, is a French sentence the family
 * may not read.
 */

/**
 * Proper nouns and words that stay as they are in every language: blanked out of the page
 * and of the French values before comparing, so that "Relais Petite Enfance" explained in
 * English, or a commune's name, is never taken for French left over.
 */
export const SAME_IN_EVERY_LANGUAGE = [
	'Relais Petite Enfance',
	'https://monenfant.fr',
	'monenfant.fr',
	'https://www.cnil.fr',
	'cnil.fr',
	'CNIL',
	'Guichet',
	'RPE',
	'CAF',
	'MSA',
	'PMI',
	'MAM',
	'RGAA',
	'JSON',
	'Pajemploi',
	'exemple.fr',
	// French names of kinds of care, given beside their explanation so that the family
	// recognises them on French documents: "a childminder linked to a nursery (crèche
	// familiale)", "In France this is called “périscolaire”".
	'crèche familiale',
	'multi-accueil',
	'périscolaire',
	'Français',
	'English',
	'العربية'
];

/**
 * Single French words that are English words too: found alone on an English page, they
 * prove nothing (a sentence holding them still counts).
 */
export const SHARED_SINGLE_WORDS = new Set([
	'Absent',
	'Action',
	'Actions',
	'Agenda',
	'Canal',
	'Comment',
	'Commune',
	'Communes',
	'Crèche',
	'crèche',
	'Date',
	'Email',
	'Micro-crèche',
	'micro-crèche',
	'Note',
	'places',
	// The service's short name, kept as a proper noun in English ("the Relais").
	'Relais',
	'Site',
	'Solution',
	'Source',
	'min'
]);

/** French dates in words (a page formatting with the French formats): never in a catalogue. */
const FRENCH_MONTHS = [
	'janvier',
	'février',
	'avril',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
];

/** Stands for an argument in a message function's result: the text around it is the message's. */
const ARGUMENT = '\u0000';

/**
 * Whatever a message function is given: a string where it is printed, an object whose every
 * property is again such a value, a function returning one, an empty list when iterated.
 */
function anyArgument(): unknown {
	const target = function () {};
	const proxy: unknown = new Proxy(target, {
		get(_target, property) {
			if (property === Symbol.toPrimitive) return () => ARGUMENT;
			if (property === 'toString' || property === 'valueOf') return () => ARGUMENT;
			if (property === Symbol.iterator) return function* () {};
			if (property === 'then') return undefined;
			return proxy;
		},
		apply: () => proxy
	});
	return proxy;
}

function normalize(text: string): string {
	return text
		.replace(/[\u00a0\u202f\u2009]/g, ' ')
		.replace(/'/g, '’')
		.replace(/\s+/g, ' ');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BLANK = '◊';
const sameEverywhere = new RegExp(
	[...SAME_IN_EVERY_LANGUAGE]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|'),
	'g'
);
const blankSameWords = (text: string) => normalize(text).replace(sameEverywhere, BLANK);

/** A French value's parts worth looking for: none when only names, numbers or signs are left. */
function significant(part: string): string | null {
	const text = blankSameWords(part)
		.trim()
		.replace(/^[\s,.;:!?—–()«»"“”’-]+|[\s,:;()—–«“-]+$/g, '')
		.trim();
	const words = text.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
	if (words.length === 0) return null;
	const [word = ''] = words;
	if (words.length === 1 && (word.length < 3 || SHARED_SINGLE_WORDS.has(word))) return null;
	return text;
}

function collect(value: unknown, key: string, into: Map<string, string>): void {
	if (typeof value === 'string') {
		const found = significant(value);
		if (found && !into.has(found)) into.set(found, key);
	} else if (typeof value === 'function') {
		let result: unknown;
		try {
			result = (value as (...args: unknown[]) => unknown)(
				...Array.from({ length: Math.max(1, value.length) }, anyArgument)
			);
		} catch {
			// A function that needs a real date or number: its fixed words are left unchecked.
			return;
		}
		if (typeof result !== 'string') return;
		for (const part of result
			.split(ARGUMENT)
			.flatMap((part) => part.split(/undefined|NaN|Invalid Date|\[object Object\]/))) {
			const found = significant(part);
			if (found && !into.has(found)) into.set(found, `${key}()`);
		}
	} else if (Array.isArray(value)) {
		value.forEach((item, index) => collect(item, `${key}[${index}]`, into));
	} else if (value && typeof value === 'object') {
		for (const [name, inner] of Object.entries(value)) collect(inner, `${key}.${name}`, into);
	}
}

/** The French catalogue's texts worth looking for, each with the key it comes from. */
export const frenchPhrases: ReadonlyMap<string, string> = (() => {
	const phrases = new Map<string, string>();
	const { format: _formats, ...messages } = familyFr;
	collect(messages, 'familyFr', phrases);
	for (const month of FRENCH_MONTHS) phrases.set(month, 'a French date');
	return phrases;
})();

/** The French phrases found in a text, with their keys, longest first. */
export function frenchIn(text: string): string[] {
	const haystack = blankSameWords(text);
	const found: string[] = [];
	for (const [phrase, key] of frenchPhrases) {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u');
		if (pattern.test(haystack)) found.push(`"${phrase}" (${key})`);
	}
	return found.sort((a, b) => b.length - a.length);
}

/**
 * What a person reads on the page, or hears from a screen reader: its title, its text
 * (hidden helpers included), and the labels, placeholders and alternatives in attributes.
 */
export function readableTextOf(page: Page): Promise<string> {
	return page.evaluate(() => {
		const attributes = [
			...document.querySelectorAll('[aria-label], [placeholder], img[alt], [title]')
		]
			.flatMap((element) =>
				['aria-label', 'placeholder', 'alt', 'title'].map(
					(name) => element.getAttribute(name) ?? ''
				)
			)
			.filter((value) => value !== '');
		const values = [...document.querySelectorAll('input[type="submit"], input[type="button"]')].map(
			(input) => (input as HTMLInputElement).value
		);
		return [document.title, document.body.innerText, ...attributes, ...values].join('\n');
	});
}

/**
 * Fails listing the French catalogue's phrases on the page as it is now. A soft failure: the
 * test goes on, so that one run lists the French left on every page it visits.
 */
export async function expectNoFrench(page: Page, what = ''): Promise<void> {
	const found = frenchIn(await readableTextOf(page));
	expect.soft(found, `French text on ${new URL(page.url()).pathname} ${what}`.trim()).toEqual([]);
}
