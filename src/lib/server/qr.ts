import QRCode from 'qrcode';

/** QR codes are drawn on the server as SVG: nothing is fetched from the internet. */
export function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
