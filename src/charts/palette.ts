import { uniqueId } from './svg.ts';

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export const colour = (index: number) => OKABE_ITO[index % OKABE_ITO.length] as string;

export const TARGET = '#0072B2';
export const ACTUAL = '#E69F00';
export const LINE = '#000000';

/**
 * A diagonal hatch so "target" and "actual" differ by texture as well as hue: readable in
 * greyscale print and for readers who cannot tell the colours apart.
 */
export function hatch(fill: string): { id: string; def: string } {
  const id = uniqueId('hatch');
  const def =
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#fff"/><rect width="2.5" height="6" fill="${fill}"/></pattern>`;
  return { id, def };
}
