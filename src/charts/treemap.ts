import { hierarchy, treemap, treemapSquarify } from 'd3';
import { colour } from './palette.ts';
import { escapeXml, r, svgDocument } from './svg.ts';

export interface TreeNode {
  name: string;
  /** Leaf value (revenue target in 分); parents sum their children. */
  value?: number;
  children?: TreeNode[];
}

export interface TreemapInput {
  title: string;
  desc: string;
  root: TreeNode;
  format: (value: number) => string;
}

const W = 680;
const H = 340;

/** Company → unit → person as nested rectangles; every cell big enough carries its name and amount. */
export function treemapChart(input: TreemapInput): string {
  const root = hierarchy<TreeNode>(input.root, (node) => node.children)
    .sum((node) => (node.children?.length ? 0 : Math.max(0, node.value ?? 0)))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const layout = treemap<TreeNode>().size([W, H]).paddingOuter(2).paddingTop(20).paddingInner(2).tile(treemapSquarify).round(true)(root);
  const parts: string[] = [];
  const units = layout.children ?? [];
  units.forEach((unit, index) => {
    const fill = colour(index);
    parts.push(`<rect x="${unit.x0}" y="${unit.y0}" width="${unit.x1 - unit.x0}" height="${unit.y1 - unit.y0}" fill="${fill}" stroke="#000" stroke-width="0.5"/>`);
    if (unit.x1 - unit.x0 > 60) parts.push(`<text x="${unit.x0 + 4}" y="${unit.y0 + 14}" class="label strong" fill="#fff" stroke="#000" stroke-width="3" paint-order="stroke">${escapeXml(`${unit.data.name} ${input.format(unit.value ?? 0)}`)}</text>`);
    for (const person of unit.children ?? []) {
      const width = person.x1 - person.x0;
      const height = person.y1 - person.y0;
      parts.push(`<rect x="${person.x0}" y="${person.y0}" width="${width}" height="${height}" fill="#fff" fill-opacity="0.82" stroke="${fill}" stroke-width="1.5"/>`);
      if (width > 48 && height > 30) {
        parts.push(`<text x="${r(person.x0 + 4)}" y="${r(person.y0 + 14)}" class="label">${escapeXml(person.data.name)}</text>`);
        parts.push(`<text x="${r(person.x0 + 4)}" y="${r(person.y0 + 28)}" class="value">${escapeXml(input.format(person.value ?? 0))}</text>`);
      }
    }
  });
  return svgDocument({ width: W, height: H, title: input.title, desc: input.desc }, '', parts.join(''));
}
