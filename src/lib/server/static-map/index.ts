/** Build-time SVG maps (server only): see render.ts for the drawing, views.ts for the cameras. */
export { renderSplitMap, renderStaticMap, type StaticMapOptions, type SiteLinks } from './render';
export { defaultCamera, regionCamera, siteCamera, staticStyle, styleWithSelectedSite } from './views';
