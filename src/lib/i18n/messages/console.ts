/** What `npm start` prints in the console window of the hall's laptop. */
export const consoleMessages = {
	'console.running': { vi: 'Đối thoại đang chạy, mở một trong các địa chỉ:', en: 'Đối thoại is running, open one of these addresses:' },
	'console.qrUses': { vi: '← mã QR dùng địa chỉ này', en: '← QR codes use this one' },
	'console.thisComputer': { vi: '(chỉ trên máy này)', en: '(this computer only)' },
	'console.severalAddresses': {
		vi: 'Máy có {count} địa chỉ mạng; mã QR và các đường dẫn in ra dùng {qr}. Nếu điện thoại trong hội trường không mở được địa chỉ đó, dừng ứng dụng và chạy lại với PUBLIC_URL là địa chỉ trên mạng Wi-Fi của hội trường, ví dụ PUBLIC_URL={other} (cách đặt: xem README, phần "Trên máy Windows").',
		en: 'This computer has {count} network addresses; QR codes and printed links use {qr}. If phones in the hall cannot open it, stop the app and start it again with PUBLIC_URL set to the address on the hall\'s Wi-Fi, e.g. PUBLIC_URL={other} (how: README, "Trên máy Windows").'
	},
	'console.publicUrl': { vi: 'Mã QR và các đường dẫn in ra dùng PUBLIC_URL: {url}', en: 'QR codes and printed links use PUBLIC_URL: {url}' },
	'console.localOnly': {
		vi: 'HOST={host}: chỉ máy này mở được, điện thoại không vào được. Bỏ HOST (hoặc đặt HOST=0.0.0.0) để điện thoại vào được.',
		en: 'HOST={host}: only this computer can open it, phones cannot. Leave HOST unset (or set HOST=0.0.0.0) for phones.'
	},
	'console.noNetwork': {
		vi: 'Máy chưa nối mạng nào: nối máy vào Wi-Fi của hội trường (hoặc bật điểm phát sóng di động của máy) rồi chạy lại.',
		en: 'This computer is on no network: join the hall\'s Wi-Fi (or turn on its mobile hotspot) and start again.'
	}
} as const satisfies Record<string, { vi: string; en: string }>;
