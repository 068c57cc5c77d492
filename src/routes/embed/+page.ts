import { loadAppData } from '$lib/app-data';

export const load = ({ fetch }) => loadAppData(fetch);
