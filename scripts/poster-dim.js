// The poster shows the default view. Before the app's scripts run (a few hundred ms, longer on a
// slow phone), a link that asks for another view (`?region=`, a filter, `at=`…) would show that
// picture as if it were the view asked for. This one-line script, inline at the top of the pages
// with a poster, marks such a link on <html> at once, and the poster's CSS dims it; once the app
// runs, MapStage removes the mark and its own rule (state, not parameter names) decides.
import { createHash } from 'node:crypto';

/** Parameters that change neither the view nor the drawing: language, and the embed's presentation flags. */
export const VIEW_NEUTRAL_PARAMS = ['lang', 'load', 'panel', 'list', 'filters', 'legend', 'title', 'origin'];

/** The class the script puts on <html>. */
export const DIM_CLASS = 'bvm-dim-poster';

export const POSTER_DIM_SCRIPT = `(function(){var keep=${JSON.stringify(VIEW_NEUTRAL_PARAMS)};new URLSearchParams(location.search).forEach(function(v,k){if(keep.indexOf(k)<0)document.documentElement.classList.add('${DIM_CLASS}')})})()`;

/** Its CSP source (the pages' script-src lists it; SvelteKit quotes it). */
export const POSTER_DIM_HASH = `sha256-${createHash('sha256').update(POSTER_DIM_SCRIPT).digest('base64')}`;
