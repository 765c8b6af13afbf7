import { AsyncLocalStorage } from 'node:async_hooks';
import {
	extractLocaleFromRequestAsync,
	getServerAsyncLocalStorage,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '$lib/paraglide/runtime';

type LocaleStorage = NonNullable<ReturnType<typeof getServerAsyncLocalStorage>>;

/**
 * Runs `work` with the request's language as the current locale. This is what the library's
 * request middleware does for this platform's strategies (the chosen language's cookie, then
 * Accept-Language, then Spanish): no strategy uses the address, so there is never a redirect or a
 * rewritten request, and the middleware's two copies of every request are not needed.
 */
export async function withRequestLocale<T>(
	request: Request,
	work: (locale: Locale) => Promise<T>
): Promise<T> {
	let storage = getServerAsyncLocalStorage();
	if (!storage) {
		storage = new AsyncLocalStorage() as unknown as LocaleStorage;
		overwriteServerAsyncLocalStorage(storage);
	}
	const locale = await extractLocaleFromRequestAsync(request);
	const origin = new URL(request.url).origin;
	return storage.run({ locale, origin, messageCalls: new Set() }, () => work(locale));
}
