import { formatsFor } from '$lib/format/locale-formats';
import type { FamilyMessages } from '../family';
import { appointments } from './appointments';
import { common } from './common';
import { familyList } from './family-list';
import { familyMail } from './family-mail';
import { familyRights } from './family-rights';
import { followUps } from './follow-ups';
import { home } from './home';
import { outcomes } from './outcomes';
import { request } from './request';
import { requestForm } from './request-form';
import { tracking } from './tracking';
import { validation } from './validation';

/** What a family reads, in English: the shape of the French family catalogue, key for key. */
export const en: FamilyMessages = {
	format: formatsFor('en'),
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
