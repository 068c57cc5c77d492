import type { Messages } from '$lib/i18n/messages';
import type { Warning } from './url';

/** One line of the "part of the link was ignored" notice. */
export function describeWarning(w: Warning, t: Messages): string {
	switch (w.reason) {
		case 'unknown-param':
			return `${t.warnUnknownParam}: ${w.param}`;
		case 'unknown-id':
			return `${t.warnUnknownId} ${w.param}=${w.value}`;
		case 'invalid-value':
			return `${t.warnInvalidValue} ${w.param}: ${w.value}`;
		case 'conflict':
			return `${t.warnConflict}: ${w.param}=${w.value}`;
		case 'repeated':
			return `${t.warnRepeated}: ${w.param}=${w.value}`;
	}
}
