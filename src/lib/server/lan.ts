import { networkInterfaces } from 'node:os';

/** IPv4 addresses phones on the hall's Wi-Fi can reach, most likely first. */
export function lanAddresses(): string[] {
	const found: string[] = [];
	for (const entries of Object.values(networkInterfaces())) {
		for (const entry of entries ?? []) {
			if (entry.family === 'IPv4' && !entry.internal) found.push(entry.address);
		}
	}
	// Home/hall routers hand out 192.168.x.x; container bridges tend to be 172.x.
	return found.sort((a, b) => rank(a) - rank(b));
}

function rank(address: string): number {
	if (address.startsWith('192.168.')) return 0;
	if (address.startsWith('10.')) return 1;
	return 2;
}

/**
 * The base URL to print in links and QR codes. A link made from "localhost" is useless on
 * a phone, so the LAN address replaces it.
 */
export function publicBaseUrl(requestUrl: URL, configured: string | null): string {
	if (configured) return configured;
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(requestUrl.hostname);
	const lan = lanAddresses()[0];
	if (local && lan) return `${requestUrl.protocol}//${lan}${requestUrl.port ? `:${requestUrl.port}` : ''}`;
	return requestUrl.origin;
}
