import { Migration20261125000000_initial } from './Migration20261125000000_initial.js';

/** Migrations in order. Listed explicitly so compiled and test runs load the same set. */
export const migrationsList = [
  { name: 'Migration20261125000000_initial', class: Migration20261125000000_initial },
];
