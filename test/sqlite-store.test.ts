import { join } from 'node:path';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';
import { storeContract } from './store-contract.js';

const dir = tempDir();
let n = 0;
storeContract('SQLite file', () => SqliteStore.open(join(dir, `store-${n++}.db`)));
storeContract('SQLite in memory', () => SqliteStore.open(':memory:'));
