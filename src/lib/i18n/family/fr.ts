import { formatsFor } from '$lib/format/locale-formats';
import { appointments } from '../fr/appointments';
import { common } from '../fr/common';
import { familyList } from '../fr/family-list';
import { familyMail } from '../fr/family-mail';
import { familyRights } from '../fr/family-rights';
import { followUps } from '../fr/follow-ups';
import { home } from '../fr/home';
import { outcomes } from '../fr/outcomes';
import { request } from '../fr/request';
import { requestForm } from '../fr/request-form';
import { tracking } from '../fr/tracking';
import { validation } from '../fr/validation';

/**
 * What a family reads, in French: the reference of the family catalogues. Every text of a
 * family page, mail or invitation is here; English and Arabic have this very shape (a missing
 * or extra key fails the type check), and staff pages read the same French modules through `m`.
 */
export const familyFr = {
	format: formatsFor('fr'),
	common,
	home,
	request,
	requestForm,
	validation,
	tracking,
	familyRights,
	followUps,
	outcomes,
	familyList,
	appointments,
	familyMail
};
