/** QR codes drawn at build time (the `qrcode` package) as small inline SVG images. */
import QRCode from 'qrcode';
import { esc } from './text';

/** An SVG QR code of `url`, an image named `label`; sized by CSS. */
export async function qrSvg(url: string, label: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return svg.replace('<svg ', `<svg role="img" aria-label="${esc(label)}" class="qr-svg" `);
}
