import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { announce, announcementLines, lanAddresses, publicBaseUrl } from './lan';

const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24` }) as NetworkInterfaceInfo;
const v6 = (address: string) => ({ address, family: 'IPv6', internal: false, netmask: 'ffff::', mac: '00:00:00:00:00:00', cidr: null, scopeid: 0 }) as NetworkInterfaceInfo;

/** What os.networkInterfaces() returns on an office laptop with Windows 11. */
const windowsLaptop = {
	'vEthernet (WSL)': [v4('172.29.16.1')],
	'VirtualBox Host-Only Network': [v4('192.168.56.1')],
	Ethernet: [v4('169.254.12.7')], // cable unplugged: Windows' self-assigned address
	'Bluetooth Network Connection': [v4('169.254.99.1')],
	'Wi-Fi': [v6('fe80::1'), v4('192.168.1.23')],
	'Loopback Pseudo-Interface 1': [v4('127.0.0.1', true)]
};

describe('the LAN address', () => {
	it('[L1] on Windows adapters: Wi-Fi first, virtual adapters last, self-assigned 169.254 addresses never', () => {
		expect(lanAddresses(windowsLaptop)).toEqual(['192.168.1.23', '192.168.56.1', '172.29.16.1']);
	});

	it("[L1] the laptop's own mobile hotspot (192.168.137.1) comes first: phones join it when the hall's Wi-Fi isolates them", () => {
		expect(lanAddresses({ ...windowsLaptop, 'Local Area Connection* 10': [v4('192.168.137.1')] })[0]).toBe('192.168.137.1');
	});

	it('[L1] on Linux: wlan before ethernet, docker bridges last', () => {
		expect(lanAddresses({ docker0: [v4('172.17.0.1')], enp3s0: [v4('10.0.0.5')], wlp2s0: [v4('192.168.0.8')], lo: [v4('127.0.0.1', true)] })).toEqual(['192.168.0.8', '10.0.0.5', '172.17.0.1']);
	});

	it('[L2] links made on the laptop itself carry the address the server listens on', () => {
		const local = new URL('http://localhost:3000/m/x');
		expect(publicBaseUrl(local, null, '0.0.0.0', windowsLaptop)).toBe('http://192.168.1.23:3000');
		expect(publicBaseUrl(local, null, '10.0.0.5', windowsLaptop)).toBe('http://10.0.0.5:3000');
		expect(publicBaseUrl(local, null, '127.0.0.1', windowsLaptop)).toBe('http://localhost:3000');
		expect(publicBaseUrl(new URL('http://192.168.1.23:3000/'), null, '0.0.0.0', windowsLaptop)).toBe('http://192.168.1.23:3000');
		expect(publicBaseUrl(local, 'http://hoitruong.local:3000', '0.0.0.0', windowsLaptop)).toBe('http://hoitruong.local:3000');
	});

	it('[L3] with several LAN addresses every one is printed, with the one the QR codes use and how to choose another', () => {
		const a = announce('0.0.0.0', 3000, null, windowsLaptop);
		expect(a.lan).toEqual(['http://192.168.1.23:3000', 'http://192.168.56.1:3000', 'http://172.29.16.1:3000']);
		const text = announcementLines(a, '0.0.0.0', null).join('\n');
		expect(text).toContain('http://192.168.1.23:3000   ← mã QR dùng địa chỉ này');
		expect(text).toContain('Máy có 3 địa chỉ mạng; mã QR và các đường dẫn in ra dùng http://192.168.1.23:3000');
		expect(text).toContain('PUBLIC_URL=http://192.168.56.1:3000');
		expect(text).toContain('http://localhost:3000');
	});

	it('[L3] with HOST set, only the address actually listened on is printed', () => {
		const a = announce('10.0.0.5', 3000, null, windowsLaptop);
		expect(a).toMatchObject({ lan: ['http://10.0.0.5:3000'], qrBase: 'http://10.0.0.5:3000', local: null });
		const text = announcementLines(a, '10.0.0.5', null).join('\n');
		expect(text).not.toContain('192.168.1.23');
		expect(text).not.toContain('localhost');
	});

	it('[L3] with HOST on loopback, it says phones cannot reach it', () => {
		const a = announce('127.0.0.1', 3000, null, windowsLaptop);
		expect(a).toMatchObject({ lan: [], localOnly: true, local: 'http://127.0.0.1:3000' });
		expect(announcementLines(a, '127.0.0.1', null).join('\n')).toContain('HOST=127.0.0.1: chỉ máy này mở được, điện thoại không vào được');
	});

	it('[L3] with PUBLIC_URL the QR codes use it, and no address is marked', () => {
		const a = announce('0.0.0.0', 3000, 'http://hoitruong.local:3000', windowsLaptop);
		const text = announcementLines(a, '0.0.0.0', 'http://hoitruong.local:3000').join('\n');
		expect(text).toContain('Mã QR và các đường dẫn in ra dùng PUBLIC_URL: http://hoitruong.local:3000');
		expect(text).not.toContain('←');
	});
});
