import { loadAppData } from '$lib/app-data';
import { parseEmbedFlags } from '$lib/embed/flags';
import { dataErrorMessage } from '$lib/embed/outbound';

// The embed tells its host page when its data cannot be loaded (the map keeps retrying; bvm:ready
// follows once it starts). The flags are read from `location`, not `url`: reading `url` here would
// rerun this load (and refetch the data) on every change of the frame's URL.
export const load = ({ fetch }) =>
	loadAppData(fetch, {
		onfailure: (reason) => {
			if (window.parent === window) return;
			const origin = parseEmbedFlags(new URL(location.href).searchParams).origin;
			window.parent.postMessage(dataErrorMessage(reason), origin ?? '*');
		}
	});
