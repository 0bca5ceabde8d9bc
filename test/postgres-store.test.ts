import { describe, it } from 'vitest';
import { accountStoreContract } from './account-store-contract.js';
import { ingestStoreContract } from './ingest-store-contract.js';
import { openPostgresForTest, POSTGRES_TEST_URL, skipWithoutPostgres } from './postgres-fixtures.js';
import { storeContract } from './store-contract.js';

if (POSTGRES_TEST_URL) {
  storeContract('PostgreSQL', openPostgresForTest);
  ingestStoreContract('PostgreSQL', openPostgresForTest);
  accountStoreContract('PostgreSQL', openPostgresForTest);
} else {
  skipWithoutPostgres('the Store contract suites on PostgreSQL');
  describe.skip('Store contracts: PostgreSQL (set TRUCE_TEST_POSTGRES)', () => {
    it('runs the Store, ingest and account contract suites', () => {});
  });
}
