import { describe, expect, it } from 'vitest';
import { physicalSides, physicalSidesInComponent } from './physical-sides';

/** A stylesheet written as if every page read left to right: each rule below is a mistake. */
const LEFT_TO_RIGHT_ONLY = `
.card {
	margin-left: 1rem;
	padding-right: 2px !important;
	border-left: 4px solid red;
	border-right-color: blue;
	text-align: left;
}
@media (min-width: 40rem) {
	.badge { position: absolute; right: 0; float: right; clear: left; }
}
.box { margin: 0 1rem 0 2rem; border-top-left-radius: 4px; }
`;

/** The same intentions, written so that they turn with an Arabic page. */
const LOGICAL = `
/* A red bar on the left in French, on the right in Arabic: border-left is not used here. */
.card {
	margin-inline-start: 1rem;
	padding-inline-end: 2px;
	border-inline-start: 4px solid red;
	text-align: start;
	inset-inline-end: 0;
	float: inline-end;
}
.card:hover, .card:first-child { margin: 0 1rem 0 1rem; padding: 1px 2px 3px; inset: 0; }
.box { margin: 0 calc(1rem + 2px) 0 calc(1rem + 2px); border-start-start-radius: 4px; }
`;

describe('physicalSides', () => {
	it('reports every physical left and right, with its line and the logical way to write it', () => {
		expect(physicalSides(LEFT_TO_RIGHT_ONLY)).toEqual([
			{ line: 3, declaration: 'margin-left: 1rem', logical: 'margin-inline-start' },
			{ line: 4, declaration: 'padding-right: 2px !important', logical: 'padding-inline-end' },
			{ line: 5, declaration: 'border-left: 4px solid red', logical: 'border-inline-start' },
			{ line: 6, declaration: 'border-right-color: blue', logical: 'border-inline-end-color' },
			{ line: 7, declaration: 'text-align: left', logical: 'text-align: start' },
			{ line: 10, declaration: 'right: 0', logical: 'inset-inline-end' },
			{ line: 10, declaration: 'float: right', logical: 'float: inline-end' },
			{ line: 10, declaration: 'clear: left', logical: 'clear: inline-start' },
			{
				line: 12,
				declaration: 'margin: 0 1rem 0 2rem',
				logical: 'margin-block and margin-inline (its right and left differ)'
			},
			{
				line: 12,
				declaration: 'border-top-left-radius: 4px',
				logical: 'border-start-start-radius'
			}
		]);
	});

	it('accepts logical properties, symmetric shorthands, selectors and comments', () => {
		expect(physicalSides(LOGICAL)).toEqual([]);
	});
});

describe('physicalSidesInComponent', () => {
	it('reads the style blocks and the style directives of a component, at the lines of the file', () => {
		const component = [
			'<script lang="ts">',
			'	let offset = $state(0);',
			'</script>',
			'',
			'<p class="note" style:margin-left={`${offset}px`}>Note</p>',
			'',
			'<style>',
			'	.note {',
			'		padding-left: 1rem;',
			'	}',
			'</style>'
		].join('\n');
		expect(physicalSidesInComponent(component)).toEqual([
			{ line: 9, declaration: 'padding-left: 1rem', logical: 'padding-inline-start' },
			{ line: 5, declaration: 'style:margin-left', logical: 'margin-inline-start' }
		]);
	});
});
