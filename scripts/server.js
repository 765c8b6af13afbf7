// The production server: the built application as the adapter serves it. It reads PORT, HOST,
// SOCKET_PATH, ORIGIN, BODY_SIZE_LIMIT, SHUTDOWN_TIMEOUT, KEEP_ALIVE_TIMEOUT and
// HEADERS_TIMEOUT. Importing it starts the application: database, migrations, seed, timers.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const buildDir = resolve(process.env.BUILD_DIR ?? 'build');
await import(pathToFileURL(resolve(buildDir, 'index.js')).href);
