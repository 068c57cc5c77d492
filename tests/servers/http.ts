// Raw HTTP for server tests: any method, no redirect following, no decompression.
import { request } from 'node:http';

export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

export function raw(origin: string, path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
	return new Promise((done, fail) => {
		const req = request(`${origin}${path}`, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
				done({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
			});
		});
		req.on('error', fail);
		req.end();
	});
}
