/** "Fit to results": a MapLibre control button (top-right group) that frames the visible sites. */
import type { ControlPosition, IControl } from 'maplibre-gl';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Four corner brackets around a dot: "frame what is there". */
const ICON_PATHS = ['M3 7V3h4', 'M13 3h4v4', 'M17 13v4h-4', 'M7 17H3v-4'];

function icon(): SVGSVGElement {
	const svg = document.createElementNS(SVG_NS, 'svg');
	svg.setAttribute('viewBox', '0 0 20 20');
	svg.setAttribute('width', '18');
	svg.setAttribute('height', '18');
	svg.setAttribute('aria-hidden', 'true');
	svg.setAttribute('focusable', 'false');
	for (const d of ICON_PATHS) {
		const path = document.createElementNS(SVG_NS, 'path');
		path.setAttribute('d', d);
		path.setAttribute('fill', 'none');
		path.setAttribute('stroke', 'currentColor');
		path.setAttribute('stroke-width', '2');
		path.setAttribute('stroke-linecap', 'round');
		path.setAttribute('stroke-linejoin', 'round');
		svg.append(path);
	}
	const dot = document.createElementNS(SVG_NS, 'circle');
	dot.setAttribute('cx', '10');
	dot.setAttribute('cy', '10');
	dot.setAttribute('r', '2.5');
	dot.setAttribute('fill', 'currentColor');
	svg.append(dot);
	return svg;
}

export class FitControl implements IControl {
	private container: HTMLDivElement | null = null;
	private button: HTMLButtonElement | null = null;
	private label: string;
	private disabled = false;
	private readonly onfit: () => void;

	constructor(label: string, onfit: () => void) {
		this.label = label;
		this.onfit = onfit;
	}

	onAdd(): HTMLElement {
		const container = document.createElement('div');
		container.className = 'maplibregl-ctrl maplibregl-ctrl-group bvm-fit-control';
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'bvm-fit';
		button.dataset.testid = 'fit-results';
		button.append(icon());
		// aria-disabled (not `disabled`) keeps the button focusable and announced while there is nothing to fit.
		button.addEventListener('click', () => {
			if (!this.disabled) this.onfit();
		});
		container.append(button);
		this.container = container;
		this.button = button;
		this.render();
		return container;
	}

	onRemove(): void {
		this.container?.remove();
		this.container = null;
		this.button = null;
	}

	getDefaultPosition(): ControlPosition {
		return 'top-right';
	}

	setLabel(label: string): void {
		this.label = label;
		this.render();
	}

	setDisabled(disabled: boolean): void {
		this.disabled = disabled;
		this.render();
	}

	private render(): void {
		if (!this.button) return;
		this.button.setAttribute('aria-label', this.label);
		this.button.title = this.label;
		this.button.setAttribute('aria-disabled', String(this.disabled));
	}
}
