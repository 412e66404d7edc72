import { ConfigError, loadConfig } from '../config.ts';
import { DatabaseLockedError, migrate, openEmbedded, openPostgres } from './db.ts';

/** `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database) and exit. */
try {
  const config = loadConfig();
  const database = config.databaseUrl
    ? openPostgres(config.databaseUrl, 1)
    : await openEmbedded(config.dataDir);
  try {
    const applied = await migrate(database.db);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await database.close();
  }
} catch (err) {
  if (err instanceof ConfigError || err instanceof DatabaseLockedError) {
    console.error(`sepakat: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
