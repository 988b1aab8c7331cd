/** The roles of staff accounts; families never have an account. */
export const staffRoles = ['admin', 'animator', 'official', 'coordinator'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** The roles a relay's admin gives in the relay's team; the coordinator is deployment-wide. */
export const relayTeamRoles = ['admin', 'animator', 'official'] as const;
export type RelayTeamRole = (typeof relayTeamRoles)[number];
