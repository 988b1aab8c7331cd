/** The roles of staff accounts; families never have an account. */
export const staffRoles = ['admin', 'animator', 'official'] as const;
export type StaffRole = (typeof staffRoles)[number];
