import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { barChart, chartPoints, columnChart, SUPPRESSED_SIZE, wrapLabel } from './chart-geometry';
import { ageTable, monthsTable, tableWithoutChart } from './observatory-fixture';
import ObservatoryChart from './ObservatoryChart.svelte';
import ObservatorySection from './ObservatorySection.svelte';
import ObservatoryTable from './ObservatoryTable.svelte';

const markOf = (marks: ReturnType<typeof columnChart>['marks'], key: string) => {
	const mark = marks.find((m) => m.key === key);
	if (!mark) throw new Error(`no mark ${key}`);
	return mark;
};

describe('chart points', () => {
	it('plot the chart’s column, never a total row', () => {
		expect(chartPoints(monthsTable).map((p) => p.key)).toEqual([
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04'
		]);
		expect(chartPoints(ageTable).map((p) => p.value.kind)).toEqual([
			'share',
			'share',
			'not_published',
			'not_published'
		]);
	});
});

describe('column chart', () => {
	const geometry = columnChart(chartPoints(monthsTable));

	it('draws bars proportional to the values, from one baseline', () => {
		const jan = markOf(geometry.marks, '2026-01');
		const feb = markOf(geometry.marks, '2026-02');
		expect(jan.kind).toBe('bar');
		expect(jan.height / feb.height).toBeCloseTo(2, 5);
		expect(jan.y + jan.height).toBeCloseTo(geometry.baseline?.y1 ?? -1, 5);
		// The tallest bar fits under the top of the value axis.
		const apr = markOf(geometry.marks, '2026-04');
		expect(apr.y).toBeGreaterThanOrEqual(Math.min(...geometry.ticks.map((t) => t.position)));
	});

	it('never draws a withheld value as a bar: a fixed hatched mark labelled "s"', () => {
		const march = markOf(geometry.marks, '2026-03');
		expect(march.kind).toBe('suppressed');
		expect(march.height).toBe(SUPPRESSED_SIZE);
		expect(march.valueLabel).toBe('s');
	});

	it('names months on the time axis and labels every value', () => {
		expect(geometry.marks.map((m) => m.labelLines.join(' '))).toEqual([
			'janv.',
			'févr.',
			'mars',
			'avr.'
		]);
		expect(geometry.marks.map((m) => m.valueLabel)).toEqual(['40', '20', 's', '1\u202f234']);
		expect(geometry.ticks.length).toBeGreaterThan(1);
	});
});

describe('bar chart', () => {
	const geometry = barChart(chartPoints(ageTable));

	it('plots shares as percentages, bars proportional', () => {
		const a = markOf(geometry.marks, 'under_6m');
		const b = markOf(geometry.marks, 'm6_12');
		expect(a.width / b.width).toBeCloseTo(2, 5);
		expect(a.valueLabel).toBe('60\u00a0%');
	});

	it('draws a share not given as "—", without a bar', () => {
		const c = markOf(geometry.marks, 'y1_3');
		expect(c).toMatchObject({ kind: 'not_published', width: 0, height: 0, valueLabel: '—' });
	});

	it('wraps a long name above its bar, within the drawing', () => {
		const long = markOf(geometry.marks, 'm6_12');
		expect(long.labelLines.length).toBeGreaterThan(1);
		expect(long.labelY).toBeLessThan(long.y);
		for (const mark of geometry.marks)
			expect(mark.x + mark.width).toBeLessThanOrEqual(geometry.width);
	});

	it('wrapLabel keeps words whole', () => {
		expect(wrapLabel('Moins de 6 mois', 8)).toEqual(['Moins de', '6 mois']);
		expect(wrapLabel('', 8)).toEqual(['']);
	});
});

describe('rendered chart', () => {
	it('is an image named by its title and summary, with a bar per shown value only', () => {
		const { body } = render(ObservatoryChart, { props: { table: monthsTable } });
		const labelledBy = /<svg[^>]*aria-labelledby="([^"]+)"/.exec(body)?.[1];
		const describedBy = /<svg[^>]*aria-describedby="([^"]+)"/.exec(body)?.[1];
		expect(body).toMatch(/<svg[^>]*role="img"/);
		expect(body).toContain(`<title id="${labelledBy}">Graphique : ${monthsTable.title}</title>`);
		expect(body).toContain(`<desc id="${describedBy}">${monthsTable.summary}</desc>`);
		expect(body.match(/data-mark="bar"/g)).toHaveLength(3);
		expect(body.match(/data-mark="suppressed"/g)).toHaveLength(1);
		// The withheld mark is hatched (a pattern), not a colour of its own.
		expect(body).toMatch(
			/<g data-mark="suppressed"[^>]*>(<!--[^>]*-->)?<rect[^>]*fill="url\(#[^)]+-hatch\)"/
		);
		expect(body).toMatch(/viewBox="0 0 \d+ \d+"/);
		expect(body).not.toMatch(/\sstyle="/);
	});

	it('gives each chart of a page its own ids', () => {
		const { body } = render(ObservatorySection, {
			props: { tables: [monthsTable, ageTable, tableWithoutChart], year: 2025 }
		});
		const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(body.match(/<svg/g)).toHaveLength(2);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		expect(ids.filter((id) => id?.endsWith('-hatch'))).toHaveLength(2);
	});

	it('links each table to its CSV for the year shown', () => {
		const { body } = render(ObservatorySection, {
			props: { tables: [monthsTable, ageTable], year: 2025 }
		});
		expect(body).toContain(`href="/observatoire/export/${monthsTable.id}.csv?annee=2025"`);
		expect(body).toContain(`href="/observatoire/export/${ageTable.id}.csv?annee=2025"`);
	});
});

describe('rendered table', () => {
	it('has its caption, headers with scope, the summary, and "s" and "—" in the cells', () => {
		const { body } = render(ObservatoryTable, { props: { table: ageTable } });
		expect(body).toMatch(/<caption[^>]*>Âge des enfants à la demande<\/caption>/);
		expect(body.match(/<th scope="col"/g)).toHaveLength(3);
		expect(body.match(/<th scope="row"/g)).toHaveLength(5);
		expect(body).toContain(ageTable.summary);
		expect(body).toMatch(/<td[^>]*>s<\/td>/);
		expect(body).toMatch(/<td[^>]*>—<\/td>/);
	});

	it('draws no chart for a table without one, and still gives the table and summary', () => {
		const { body } = render(ObservatoryTable, { props: { table: tableWithoutChart } });
		expect(body).not.toContain('<svg');
		expect(body).toContain(tableWithoutChart.summary);
		expect(body).toContain('6,5 sem.');
	});
});
