declare module 'wawoff2' {
	/** WOFF2 → TTF/OTF bytes (the Google woff2 decoder compiled to WebAssembly). */
	export function decompress(input: Uint8Array): Promise<Uint8Array>;
	export function compress(input: Uint8Array): Promise<Uint8Array>;
}
