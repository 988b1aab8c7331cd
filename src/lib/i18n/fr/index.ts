import { appointments } from './appointments';
import { appointmentsStaff } from './appointments-staff';
import { auth } from './auth';
import { availability } from './availability';
import { calendar } from './calendar';
import { childminder } from './childminder';
import { common } from './common';
import { directorySearch } from './directory-search';
import { directoryStructures } from './directory-structures';
import { familyList } from './family-list';
import { familyListStaff } from './family-list-staff';
import { familyMail } from './family-mail';
import { familyRights } from './family-rights';
import { familyRightsStaff } from './family-rights-staff';
import { followUpList } from './follow-up-list';
import { home } from './home';
import { mail } from './mail';
import { observatory } from './observatory';
import { officials } from './officials';
import { observatoryTables } from './observatory-tables';
import { outcomes } from './outcomes';
import { outcomesStaff } from './outcomes-staff';
import { followUps } from './follow-ups';
import { staff } from './staff';
import { staffCommon } from './staff-common';
import { queue } from './queue';
import { request } from './request';
import { requestForm } from './request-form';
import { staffEntry } from './staff-entry';
import { team } from './team';
import { territoryRelays } from './territory-relays';
import { territoryCommunes } from './territory-communes';
import { directoryImport } from './directory-import';
import { tracking } from './tracking';
import { validation } from './validation';
import { observatoryExports } from './observatory-exports';

/**
 * The staff catalogue: every French module. A module a family reads in part keeps its family
 * keys in `x.ts` (in every language) and its staff keys in `x-staff.ts`, merged here.
 */
export const fr = {
	common,
	auth,
	home,
	mail,
	staff,
	staffCommon,
	team,
	request,
	requestForm,
	tracking,
	queue,
	staffEntry,
	availability,
	calendar,
	appointments: { ...appointments, ...appointmentsStaff },
	validation,
	officials,
	observatory,
	observatoryTables,
	territoryRelays,
	territoryCommunes,
	directorySearch,
	directoryStructures,
	familyList: { ...familyList, ...familyListStaff },
	familyMail,
	familyRights: { ...familyRights, ...familyRightsStaff },
	followUpList,
	directoryImport,
	childminder,
	outcomes: { ...outcomes, ...outcomesStaff },
	followUps,
	observatoryExports
};
