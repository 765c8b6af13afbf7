import QRCode from 'qrcode';

/** The otpauth URI as an SVG image in a data URL, so the page needs no script to show it. */
export async function totpQrDataUrl(uri: string): Promise<string> {
	const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
