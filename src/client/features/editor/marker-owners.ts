/** Marker owners: our live checks, and the server's refusal of the last save (kept apart from Monaco's chunk). */
export const VELOCITY_OWNER = 'velocity';
export const SERVER_OWNER = 'server';
