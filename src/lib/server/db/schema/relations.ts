import { relations } from 'drizzle-orm';
import { sessions, staffUsers } from './auth';
import { communes, epcis, receptionPlaces, relays } from './territory';

export const relaysRelations = relations(relays, ({ many }) => ({
	communes: many(communes),
	receptionPlaces: many(receptionPlaces),
	staff: many(staffUsers)
}));

export const epcisRelations = relations(epcis, ({ many }) => ({
	communes: many(communes),
	officials: many(staffUsers)
}));

export const communesRelations = relations(communes, ({ one }) => ({
	relay: one(relays, { fields: [communes.relayId], references: [relays.id] }),
	epci: one(epcis, { fields: [communes.epciCode], references: [epcis.code] })
}));

export const receptionPlacesRelations = relations(receptionPlaces, ({ one }) => ({
	relay: one(relays, { fields: [receptionPlaces.relayId], references: [relays.id] })
}));

export const staffUsersRelations = relations(staffUsers, ({ one, many }) => ({
	relay: one(relays, { fields: [staffUsers.relayId], references: [relays.id] }),
	epci: one(epcis, { fields: [staffUsers.epciCode], references: [epcis.code] }),
	sessions: many(sessions)
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
	user: one(staffUsers, { fields: [sessions.userId], references: [staffUsers.id] })
}));
