// The floor: a bare node:http server answering each path with the bytes the platform sent for it.
// It runs in its own process, like the platform, so both share the machine the same way. The query
// string is ignored: the bench makes every request distinct with one, and the floor keeps no copies.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [file, port] = process.argv.slice(2);
const pages = new Map(
	Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([path, page]) => [
		path,
		{ ...page, body: Buffer.from(page.body, 'base64') }
	])
);

createServer((request, response) => {
	const url = request.url ?? '';
	const query = url.indexOf('?');
	const page = pages.get(query === -1 ? url : url.slice(0, query));
	if (!page) {
		response.writeHead(404).end();
		return;
	}
	response.writeHead(page.status, {
		'content-type': page.contentType,
		'content-length': page.body.length
	});
	response.end(page.body);
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
