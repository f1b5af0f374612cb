import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { MessageKey } from '../i18n/catalog';
import { translate } from '../i18n/translate';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

// Adapters phones cannot reach: virtual machines, containers, VPNs, Bluetooth (Windows and
// Linux names). They are listed last, never first.
const VIRTUAL = /vethernet|hyper-v|wsl|virtualbox|vmware|vmnet|docker|^br-|virbr|^veth|tailscale|zerotier|wireguard|^wg\d|^tun|^tap|bluetooth|loopback/i;
const WIRELESS = /wi-?fi|wlan|wireless|^wl/i;

/**
 * IPv4 addresses phones on the hall's Wi-Fi can reach, most likely first: the laptop's own
 * hotspot (Windows gives it 192.168.137.1), then Wi-Fi before cable, 192.168.x before 10.x
 * before the rest. Windows' 169.254.x.x (an adapter that got no address) is left out.
 */
export function lanAddresses(interfaces: Interfaces = networkInterfaces()): string[] {
	const found: { address: string; rank: number }[] = [];
	for (const [name, entries] of Object.entries(interfaces)) {
		for (const entry of entries ?? []) {
			if (entry.family !== 'IPv4' || entry.internal || entry.address.startsWith('169.254.')) continue;
			found.push({ address: entry.address, rank: rank(name, entry.address) });
		}
	}
	return found.sort((a, b) => a.rank - b.rank).map((f) => f.address);
}

function rank(name: string, address: string): number {
	if (VIRTUAL.test(name)) return 100 + rangeRank(address);
	if (address.startsWith('192.168.137.')) return 0;
	return (WIRELESS.test(name) ? 10 : 20) + rangeRank(address);
}

function rangeRank(address: string): number {
	if (address.startsWith('192.168.')) return 0;
	if (address.startsWith('10.')) return 1;
	return 2;
}

/** HOST values that mean "every interface" (the default). */
export function listensEverywhere(host: string): boolean {
	return ['', '0.0.0.0', '::', '[::]', '*'].includes(host);
}

function isLoopback(host: string): boolean {
	return host === 'localhost' || host.startsWith('127.') || host === '::1' || host === '[::1]';
}

/**
 * The base URL to print in links and QR codes. A link made from "localhost" is useless on
 * a phone, so an address phones can reach replaces it: the one the server listens on when
 * HOST names one, else the first LAN address.
 */
export function publicBaseUrl(requestUrl: URL, configured: string | null, host = process.env.HOST || '0.0.0.0', interfaces?: Interfaces): string {
	if (configured) return configured;
	const local = isLoopback(requestUrl.hostname);
	const reachable = listensEverywhere(host) ? lanAddresses(interfaces)[0] : isLoopback(host) ? undefined : host;
	if (local && reachable) return `${requestUrl.protocol}//${reachable}${requestUrl.port ? `:${requestUrl.port}` : ''}`;
	return requestUrl.origin;
}

/** What the console shows at start: the addresses to open and which one the QR codes carry. */
export interface Announcement {
	/** Addresses phones can use, the QR codes' one first. */
	lan: string[];
	/** The base in QR codes and printed links (PUBLIC_URL when set). */
	qrBase: string | null;
	/** Only this computer can open it (HOST is a loopback address). */
	localOnly: boolean;
	local: string | null;
}

export function announce(host: string, port: number, publicUrl: string | null, interfaces?: Interfaces): Announcement {
	const base = (address: string) => `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
	if (!listensEverywhere(host)) {
		const localOnly = isLoopback(host);
		const listened = base(host === 'localhost' ? 'localhost' : host);
		return { lan: localOnly ? [] : [listened], qrBase: publicUrl ?? (localOnly ? null : listened), localOnly, local: localOnly ? listened : null };
	}
	const lan = lanAddresses(interfaces).map(base);
	return { lan, qrBase: publicUrl ?? lan[0] ?? null, localOnly: false, local: base('localhost') };
}

/** The start-up lines, Vietnamese then English. */
export function announcementLines(a: Announcement, host: string, publicUrl: string | null): string[] {
	const both = (key: MessageKey, params?: Record<string, string | number>) => `${translate('vi', key, params)}\n  ${translate('en', key, params)}`;
	const lines = [both('console.running')];
	for (const base of a.lan) lines.push(`  ${base}${!publicUrl && base === a.qrBase && a.lan.length > 1 ? `   ${translate('vi', 'console.qrUses')} / ${translate('en', 'console.qrUses')}` : ''}`);
	if (a.local) lines.push(`  ${a.local}   ${translate('vi', 'console.thisComputer')} / ${translate('en', 'console.thisComputer')}`);
	lines.push('');
	if (a.localOnly) lines.push(both('console.localOnly', { host }));
	else if (a.lan.length === 0 && !publicUrl) lines.push(both('console.noNetwork'));
	if (publicUrl) lines.push(both('console.publicUrl', { url: publicUrl }));
	else if (a.lan.length > 1) lines.push(both('console.severalAddresses', { count: a.lan.length, qr: a.qrBase ?? '', other: a.lan[1] }));
	return lines;
}
