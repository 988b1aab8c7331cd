import { fr } from './fr';

/**
 * The message catalogue: every text a person reads comes from here, so that another language
 * can follow by adding a catalogue of the same shape (`satisfies Messages`). French is the
 * only language today; the choice of catalogue will move here when a second one exists.
 */
export type Messages = typeof fr;
export const m: Messages = fr;
