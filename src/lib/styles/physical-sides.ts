/**
 * Finds, in a stylesheet, the physical left/right a family page must not use: Arabic pages are
 * right to left, and only a logical property (`margin-inline-start`, `inset-inline-end`,
 * `text-align: start`…) turns with them. Read by family-styles.spec.ts over every stylesheet a
 * family page loads. A property with no logical counterpart in browsers (a transform, a
 * background position) is not reported: mirror it by hand under `:dir(rtl)`.
 */

export interface PhysicalSide {
	/** 1-based, in the text given. */
	line: number;
	declaration: string;
	/** What to write instead. */
	logical: string;
}

/** Properties that name a side, and their logical name from the match. */
const SIDE_PROPERTIES: [RegExp, (match: RegExpExecArray) => string][] = [
	[
		/^(margin|padding|scroll-margin|scroll-padding)-(left|right)$/,
		(match) => `${match[1]}-inline-${startOrEnd(match[2])}`
	],
	[
		/^border-(left|right)(-width|-style|-color)?$/,
		(match) => `border-inline-${startOrEnd(match[1])}${match[2] ?? ''}`
	],
	[/^(left|right)$/, (match) => `inset-inline-${startOrEnd(match[1])}`],
	[
		/^border-(top|bottom)-(left|right)-radius$/,
		(match) => `border-${match[1] === 'top' ? 'start' : 'end'}-${startOrEnd(match[2])}-radius`
	]
];

/** Values that name a side, with their logical spelling. */
const SIDE_VALUES: Record<string, Record<string, string>> = {
	'text-align': { left: 'start', right: 'end' },
	'text-align-last': { left: 'start', right: 'end' },
	float: { left: 'inline-start', right: 'inline-end' },
	clear: { left: 'inline-start', right: 'inline-end' }
};

/** Shorthands whose four values are top, right, bottom, left. */
const FOUR_SIDED = new Set([
	'margin',
	'padding',
	'inset',
	'border-width',
	'border-style',
	'border-color',
	'scroll-margin',
	'scroll-padding'
]);

const startOrEnd = (side: string | undefined) => (side === 'left' ? 'start' : 'end');

/** Whitespace-separated values, a function's parentheses kept whole (`calc(1px + 2px)`). */
function topLevelValues(value: string): string[] {
	const values: string[] = [];
	let depth = 0;
	let current = '';
	for (const char of value.trim()) {
		if (char === '(') depth += 1;
		if (char === ')') depth -= 1;
		if (/\s/.test(char) && depth === 0) {
			if (current) values.push(current);
			current = '';
		} else current += char;
	}
	if (current) values.push(current);
	return values;
}

/** What is physical in one declaration, or null. */
export function physicalSideOf(property: string, value: string): string | null {
	const name = property.trim().toLowerCase();
	const plain = value
		.replace(/!important/i, '')
		.trim()
		.toLowerCase();
	for (const [pattern, logical] of SIDE_PROPERTIES) {
		const match = pattern.exec(name);
		if (match) return logical(match);
	}
	const sideValue = SIDE_VALUES[name]?.[plain];
	if (sideValue) return `${name}: ${sideValue}`;
	if (FOUR_SIDED.has(name)) {
		const values = topLevelValues(plain);
		if (values.length === 4 && values[1] !== values[3]) {
			return `${name}-block and ${name}-inline (its right and left differ)`;
		}
	}
	return null;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Blanks comments out, keeping every line where it was. */
const withoutComments = (css: string) =>
	css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));

/** Every physical left/right in a stylesheet (plain CSS, or the content of a `<style>`). */
export function physicalSides(css: string): PhysicalSide[] {
	const text = withoutComments(css);
	const found: PhysicalSide[] = [];
	// The innermost braces hold declarations, inside a rule or an @media alike.
	for (const block of text.matchAll(/\{([^{}]*)\}/g)) {
		let offset = (block.index ?? 0) + 1;
		for (const declaration of (block[1] ?? '').split(';')) {
			const colon = declaration.indexOf(':');
			if (colon > 0) {
				const logical = physicalSideOf(declaration.slice(0, colon), declaration.slice(colon + 1));
				if (logical) {
					const start = offset + declaration.search(/\S/);
					found.push({ line: lineAt(text, start), declaration: declaration.trim(), logical });
				}
			}
			offset += declaration.length + 1;
		}
	}
	return found;
}

/**
 * The stylesheets of a Svelte component: its `<style>` blocks, and its `style:` directives
 * (`style:margin-left={…}`), which set a declaration too. Lines are the component's.
 */
export function physicalSidesInComponent(source: string): PhysicalSide[] {
	const found: PhysicalSide[] = [];
	for (const style of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
		const before = lineAt(source, (style.index ?? 0) + style[0].indexOf('>') + 1) - 1;
		for (const side of physicalSides(style[1] ?? '')) {
			found.push({ ...side, line: side.line + before });
		}
	}
	for (const directive of source.matchAll(/\sstyle:([a-z-]+)(?:="([^"]*)")?/g)) {
		const [, property = '', value = ''] = directive;
		// A directive's value is usually an expression: the property alone is judged then.
		const logical = physicalSideOf(property, value);
		if (logical) {
			const line = lineAt(source, (directive.index ?? 0) + 1);
			found.push({ line, declaration: `style:${property}`, logical });
		}
	}
	return found;
}
