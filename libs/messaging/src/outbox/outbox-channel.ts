/** Postgres NOTIFY channel on which inserts into the outbox wake the relay. */
export const OUTBOX_CHANNEL = 'mesh_outbox';
