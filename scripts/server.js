// The production server: the built application's request handler behind a plain node:http server,
// with the platform's kept copies answered before a request reaches the framework (see
// src/lib/server/cache/fast-reads.ts). It reads the same settings as the framework's own server:
// PORT, HOST, SOCKET_PATH, SHUTDOWN_TIMEOUT, KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT.
import http from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const buildDir = resolve(process.env.BUILD_DIR ?? 'build');
// Importing the handler starts the application: database, migrations, seed, timers.
const { handler } = await import(pathToFileURL(resolve(buildDir, 'handler.js')).href);

const fastReadsKey = Symbol.for('relacopaz.fastReads');
const seconds = (name) => {
	const value = process.env[name];
	return value === undefined || value === '' ? undefined : Number(value) * 1000;
};

const notFound = (res) => {
	res.statusCode = 404;
	res.end('Not found');
};
const toFramework = (req, res) => handler(req, res, () => notFound(res));

let shuttingDown = false;
const server = http.createServer((req, res) => {
	if (shuttingDown) res.setHeader('connection', 'close');
	const fastReads = globalThis[fastReadsKey];
	if (!fastReads) return toFramework(req, res);
	fastReads(req, res).then(
		(answered) => {
			if (!answered) toFramework(req, res);
		},
		(error) => {
			// A copy that could not be audited is not sent; the framework renders and audits afresh.
			console.error('A kept answer could not be served:', error);
			if (!res.headersSent) toFramework(req, res);
		}
	);
});
const keepAlive = seconds('KEEP_ALIVE_TIMEOUT');
if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive;
const headersTimeout = seconds('HEADERS_TIMEOUT');
if (headersTimeout !== undefined) server.headersTimeout = headersTimeout;

const socketPath = process.env.SOCKET_PATH || undefined;
const host = process.env.HOST || '0.0.0.0';
const port = socketPath ? undefined : Number(process.env.PORT || '3000');
server.listen(socketPath ? { path: socketPath } : { host, port }, () => {
	console.log(`Listening on ${socketPath ?? `http://${host}:${server.address().port}`}`);
});

function shutDown(reason) {
	if (shuttingDown) return;
	shuttingDown = true;
	server.closeIdleConnections();
	const force = setTimeout(
		() => server.closeAllConnections(),
		Number(process.env.SHUTDOWN_TIMEOUT ?? '30') * 1000
	);
	server.close(() => {
		clearTimeout(force);
		// The application closes its database and timers on this event.
		process.emit('sveltekit:shutdown', reason);
	});
}
process.on('SIGTERM', () => shutDown('SIGTERM'));
process.on('SIGINT', () => shutDown('SIGINT'));
