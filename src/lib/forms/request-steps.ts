import { requestSteps, type RequestStep } from './childcare-request';

/** The address of each step of the family's form, in French, as a person reads the URL. */
export const stepSlugs: Record<RequestStep, string> = {
	contact: 'coordonnees',
	commune: 'commune',
	children: 'enfants',
	need: 'besoin',
	send: 'envoi'
};

export function stepFromSlug(slug: string): RequestStep | null {
	return requestSteps.find((step) => stepSlugs[step] === slug) ?? null;
}

export const stepNumber = (step: RequestStep) => requestSteps.indexOf(step) + 1;
export const stepCount = requestSteps.length;

export function neighbourStep(step: RequestStep, direction: -1 | 1): RequestStep | null {
	return requestSteps[requestSteps.indexOf(step) + direction] ?? null;
}
