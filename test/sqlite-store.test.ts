import { join } from 'node:path';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { accountStoreContract } from './account-store-contract.js';
import { tempDir } from './helpers.js';
import { ingestStoreContract } from './ingest-store-contract.js';
import { storeContract } from './store-contract.js';

const dir = tempDir();
let n = 0;
storeContract('SQLite file', () => SqliteStore.open(join(dir, `store-${n++}.db`)));
storeContract('SQLite in memory', () => SqliteStore.open(':memory:'));
ingestStoreContract('SQLite file', () => SqliteStore.open(join(dir, `ingest-${n++}.db`)));
ingestStoreContract('SQLite in memory', () => SqliteStore.open(':memory:'));
accountStoreContract('SQLite file', () => SqliteStore.open(join(dir, `accounts-${n++}.db`)));
