/** @jsx svg */
import { svg, IView, PolylineEdgeView, RenderingContext, SEdgeImpl, SNodeImpl } from 'sprotty';
import { Point } from 'sprotty-protocol';
import { VNode } from 'snabbdom';
import { injectable } from 'inversify';

/** What Java puts on a node (dev.valuenet.diagram.ui.SprottyGraph): everything the view needs, already styled. */
export interface NodeStyle {
  label: string; detail: string; type: string; kind: string; fill: string; stroke: string; strokeWidth: number; rx: number;
  articulation: boolean; spof: boolean; tooltip: string; whatif?: string; community?: number; expanded?: boolean;
}

/** What Java puts on an edge. */
export interface EdgeStyle {
  tie: boolean; kind: string; colour: string; width: number; dashed: boolean; label: string;
  labelBox?: { x: number; y: number; width: number; height: number }; tooltip: string; whatif?: string; amount?: string;
}

/**
 * Level of detail by zoom: below KINDS_FROM a box shows its name only (larger, so that it stays
 * readable), from KINDS_FROM its kind as well, from LABELS_FROM flows show their names and amounts.
 * Decided per render from the viewport's zoom (Sprotty renders on every zoom), so it costs nothing
 * more than drawing less.
 */
export const KINDS_FROM = 0.55;
export const LABELS_FROM = 0.85;

export function zoomOf(element: { root: any }): number {
  const zoom = (element.root as any).zoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

const CRITICAL = '#d62728';

/** A box of the network map, drawn as SvgRenderer draws it (fill/stroke by kind or community, critical marks). */
@injectable()
export class BoxView implements IView {
  render(node: SNodeImpl, context: RenderingContext): VNode {
    const s: NodeStyle = (node as any).vn;
    const w = Math.max(0, node.size.width), h = Math.max(0, node.size.height);
    const classes: any = { 'vn-node': true, ['vn-' + s.type]: true, 'vn-selected': node.selected, 'vn-hover': node.hoverFeedback };
    if (s.whatif) classes['vn-whatif-' + s.whatif] = true;
    const children: VNode[] = [<title>{s.tooltip}</title>];
    if (s.articulation) {
      children.push(<rect x={-4} y={-4} width={w + 8} height={h + 8} rx={s.rx + 4} ry={s.rx + 4}
        style={{ fill: 'none', stroke: CRITICAL, strokeWidth: '2', strokeDasharray: '5 3' }} />);
    }
    children.push(<rect class-vn-box={true} x={0} y={0} width={w} height={h} rx={s.rx} ry={s.rx}
      style={{ fill: s.fill, stroke: node.selected ? '#f5a623' : s.stroke, strokeWidth: String(node.selected ? 3 : s.strokeWidth) }} />);
    if (s.type === 'community') {
      children.push(<rect x={3} y={3} width={Math.max(0, w - 6)} height={Math.max(0, h - 6)} rx={Math.max(0, s.rx - 3)}
        style={{ fill: 'none', stroke: s.stroke, strokeWidth: '0.8' }} />);
    }
    const zoom = zoomOf(node);
    if (zoom >= KINDS_FROM) {
      children.push(<text class-vn-name={true} x={w / 2} y={h / 2 - 1} style={{ textAnchor: 'middle', fontSize: '12px', fontWeight: 'bold', fill: '#222' }}>{s.label}</text>);
      children.push(<text class-vn-detail={true} x={w / 2} y={h / 2 + 12} style={{ textAnchor: 'middle', fontSize: '10px', fill: '#555' }}>{s.detail}</text>);
    } else {
      // name only, as large as the box allows (about 0.6 em per character), so that it reads at a small zoom
      const fit = Math.min((w - 6) / (0.6 * Math.max(1, s.label.length)), h * 0.7);
      const size = Math.max(12, Math.min(fit, 12 / zoom));
      children.push(<text class-vn-name={true} x={w / 2} y={h / 2 + size * 0.35} style={{ textAnchor: 'middle', fontSize: size.toFixed(1) + 'px', fontWeight: 'bold', fill: '#222' }}>{s.label}</text>);
    }
    if (s.spof) {
      children.push(<circle cx={w - 2} cy={2} r={8} style={{ fill: CRITICAL, stroke: '#fff', strokeWidth: '1.5' }} />);
      children.push(<text x={w - 2} y={6} style={{ textAnchor: 'middle', fontSize: '11px', fontWeight: 'bold', fill: '#fff' }}>!</text>);
    }
    if (s.whatif === 'removed') {
      children.push(<path d={`M 0,0 L ${w},${h} M ${w},0 L 0,${h}`} style={{ stroke: CRITICAL, strokeWidth: '3' }} />);
    }
    return <g class={classes}>{children}</g>;
  }
}

/** A flow (coloured by kind, dashed when intangible, width by magnitude, arrow) or a tie (grey, round, no arrow). */
@injectable()
export class LineView extends PolylineEdgeView {
  protected override renderLine(edge: SEdgeImpl, segments: Point[], context: RenderingContext): VNode {
    const s: EdgeStyle = (edge as any).vn;
    let d = `M ${segments[0].x},${segments[0].y}`;
    for (let i = 1; i < segments.length; i++) d += ` L ${segments[i].x},${segments[i].y}`;
    const style: any = s.tie
      ? { stroke: '#8c8c8c', strokeWidth: '3', strokeOpacity: '0.45', strokeLinecap: 'round', fill: 'none' }
      : { stroke: s.colour, strokeWidth: String(s.width), strokeOpacity: '0.8', fill: 'none' };
    if (s.dashed) style.strokeDasharray = '6 4';
    if (edge.selected) { style.stroke = '#f5a623'; style.strokeOpacity = '1'; style.strokeWidth = String(Math.max(3, s.width + 1)); }
    if (s.whatif === 'lost') { style.strokeOpacity = '0.25'; style.strokeDasharray = '2 3'; }
    return <path class={{ 'vn-line': true, 'vn-tie': s.tie, 'vn-flow': !s.tie, 'vn-dashed': s.dashed }} d={d} style={style}><title>{s.tooltip}</title></path>;
  }

  protected override renderAdditionals(edge: SEdgeImpl, segments: Point[], context: RenderingContext): VNode[] {
    const s: EdgeStyle = (edge as any).vn;
    const result: VNode[] = [];
    // a wide invisible stroke so thin lines are easy to click
    let d = `M ${segments[0].x},${segments[0].y}`;
    for (let i = 1; i < segments.length; i++) d += ` L ${segments[i].x},${segments[i].y}`;
    result.push(<path d={d} style={{ stroke: 'transparent', strokeWidth: '10', fill: 'none' }} />);
    if (!s.tie && segments.length >= 2) {
      const p1 = segments[segments.length - 2], p2 = segments[segments.length - 1];
      const angle = Math.atan2(p2.y - p1.y, p2.x - p1.x) * 180 / Math.PI;
      result.push(<path d="M 0,0 L -9,-4.5 L -9,4.5 Z" transform={`translate(${p2.x} ${p2.y}) rotate(${angle})`}
        style={{ fill: edge.selected ? '#f5a623' : s.colour }} />);
    }
    const text = s.label && s.amount ? s.label + ' \u00b7 ' + s.amount : s.label || s.amount;
    if (text && zoomOf(edge) >= LABELS_FROM) {
      // Java's label box fits the ELK route (maps of up to 150 lines get one); once an end was dragged, or
      // without a box, the label sits on the middle of the line
      const width = text.length * 5.2 + 4, height = 12;
      const b = s.labelBox;
      const mid = middleOf(segments);
      const moved = !b || Math.abs(b.x + b.width / 2 - mid.x) > 200 || Math.abs(b.y + b.height / 2 - mid.y) > 200;
      const cx = moved ? mid.x : b.x + b.width / 2, y = moved ? mid.y - height : b.y;
      result.push(<rect x={cx - width / 2} y={y} width={width} height={height} style={{ fill: '#fff', fillOpacity: '0.75' }} />);
      result.push(<text class-vn-edge-label={true} x={cx} y={y + 9.5} style={{ textAnchor: 'middle', fontSize: '9px', fill: s.tie ? '#777' : s.colour }}>{text}</text>);
    }
    return result;
  }
}

/** The middle of the route's middle segment (on the line, also for a route with bends). */
function middleOf(points: Point[]): Point {
  const i = Math.max(0, Math.floor((points.length - 1) / 2));
  const a = points[i], b = points[Math.min(points.length - 1, i + 1)];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** The frame behind an expanded community's actors: its colour, its name, and a double click to collapse it. */
@injectable()
export class FrameView implements IView {
  render(node: SNodeImpl, context: RenderingContext): VNode {
    const s: any = (node as any).vn;
    const w = Math.max(0, node.size.width), h = Math.max(0, node.size.height);
    return <g class-vn-frame={true}>
      <rect x={0} y={0} width={w} height={h} rx={10} ry={10}
        style={{ fill: s.stroke, fillOpacity: '0.06', stroke: s.stroke, strokeWidth: '2', strokeDasharray: '8 4' }} />
      <text x={10} y={16} style={{ fontSize: '13px', fontWeight: 'bold', fill: s.stroke }}>{s.label}</text>
    </g>;
  }
}
