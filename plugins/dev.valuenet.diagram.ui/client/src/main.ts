/*
 * The network map client: Sprotty renders a graph that Java has already laid out (ELK in
 * dev.valuenet.diagram), and reports what the user does back to Java through the browser function
 * `javaBridge(kind, ...args)`:
 *   ready | rendered(ms, revision) | select(addedIds, removedIds) | moved([{id,x,y}])
 *   createFlow(source, target, kind) | reconnect(edgeId, 'source'|'target', nodeId) | delete(ids) | rename(id)
 *   expand(communityBoxId) (a double click on a collapsed community) | collapse(community) (on an expanded one's frame)
 * Java drives it with setGraph(json), selectIds(ids), fit(), fitIds(ids).
 */
import 'reflect-metadata';
import { Container, ContainerModule, injectable } from 'inversify';
import {
  configureActionHandler, configureModelElement, configureViewerOptions, ConsoleLogger, IActionHandler,
  hoverFeedbackFeature, loadDefaultModules, LocalModelSource, LogLevel, MouseListener, moveFeature, MoveMouseListener, SEdgeImpl,
  selectFeature, SGraphImpl, SGraphView, SModelElementImpl, SNodeImpl, TYPES
} from 'sprotty';
import { Action, CenterAction, FitToScreenAction, MoveAction, SelectAction, SelectAllAction, SGraph, UpdateModelAction } from 'sprotty-protocol';
import { BoxView, FrameView, LineView } from './views';

declare global {
  interface Window {
    setGraph(json: string, fit?: boolean): Promise<string>;
    selectIds(ids: string[]): void;
    fit(animate?: boolean): void;
    fitIds(ids: string[], animate?: boolean): void;
    javaBridge?: (...a: any[]) => any;
    __diag: any;
  }
}

function tellJava(...args: any[]): void {
  if (window.javaBridge) window.javaBridge(...args);
}

/** Marks actions that Java asked for, so they are not reported back (no selection ping-pong). */
const FROM_JAVA = '__fromJava';

@injectable()
class SelectionForwarder implements IActionHandler {
  handle(action: Action): void {
    track(action);
    if ((action as any)[FROM_JAVA]) return;
    if (action.kind === SelectAction.KIND) {
      const select = action as SelectAction;
      tellJava('select', JSON.stringify(select.selectedElementsIDs), JSON.stringify(select.deselectedElementsIDs));
    } else if (action.kind === SelectAllAction.KIND) {
      tellJava('selectAll', String((action as SelectAllAction).select));
    }
  }
}

/** Keeps the client's own view of the selection (for Delete, F2 and reconnect). */
function track(action: Action): void {
  if (action.kind === SelectAction.KIND) {
    const s = action as SelectAction;
    s.deselectedElementsIDs.forEach(id => state.selected.delete(id));
    s.selectedElementsIDs.forEach(id => state.selected.add(id));
  } else if (action.kind === SelectAllAction.KIND) {
    state.selected.clear();
    if ((action as SelectAllAction).select) {
      state.nodeIds.forEach(id => state.selected.add(id));
      state.edges.forEach((e, id) => state.selected.add(id));
    }
  }
}

/** Reports the boxes' new corners when a drag ends, so Java can pin them in the sidecar file. */
@injectable()
class MoveForwarder implements IActionHandler {
  handle(action: Action): void {
    const move = action as MoveAction;
    if (!move.finished) return;
    const moves = move.moves.filter(m => m.elementId && state.nodeIds.has(m.elementId))
      .map(m => ({ id: m.elementId, x: Math.round(m.toPosition.x * 10) / 10, y: Math.round(m.toPosition.y * 10) / 10 }));
    if (moves.length) tellJava('moved', JSON.stringify(moves));
  }
}

/** Shift+drag draws a new flow instead of moving the box. */
@injectable()
class NoMoveWhileConnecting extends MoveMouseListener {
  override mouseDown(target: SModelElementImpl, event: MouseEvent) {
    return event.shiftKey ? [] : super.mouseDown(target, event);
  }
}

/** The box (actor, segment or community) an element belongs to; not a community's frame. */
function nodeOf(element: SModelElementImpl | undefined): SNodeImpl | undefined {
  const e = nodeOrFrameOf(element);
  return e && (e as any).vn?.type === 'frame' ? undefined : e;
}

function nodeOrFrameOf(element: SModelElementImpl | undefined): SNodeImpl | undefined {
  let e: any = element;
  while (e && !(e instanceof SNodeImpl)) e = e.parent;
  return e;
}

/**
 * Shift+drag from a box to another creates a flow (a kind menu pops up); when a flow is selected and the
 * drag starts at one of its ends, that end is reconnected instead.
 */
@injectable()
class ConnectListener extends MouseListener {
  private source?: SNodeImpl;
  private line?: SVGLineElement;

  override mouseDown(target: SModelElementImpl, event: MouseEvent): Action[] {
    hideKindMenu();
    const node = nodeOf(target);
    if (event.shiftKey && event.button === 0 && node) {
      this.source = node;
      const svgRoot = document.querySelector('#sprotty svg') as SVGSVGElement;
      this.line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      const p = clientPoint(svgRoot, event);
      for (const [k, v] of [['x1', p.x], ['y1', p.y], ['x2', p.x], ['y2', p.y]] as [string, number][]) this.line.setAttribute(k, String(v));
      this.line.setAttribute('style', 'stroke:#f5a623;stroke-width:2;stroke-dasharray:4 3;pointer-events:none');
      svgRoot.appendChild(this.line);
    }
    return [];
  }

  override mouseMove(target: SModelElementImpl, event: MouseEvent): Action[] {
    if (this.line) {
      const p = clientPoint(this.line.ownerSVGElement!, event);
      this.line.setAttribute('x2', String(p.x));
      this.line.setAttribute('y2', String(p.y));
    }
    return [];
  }

  override mouseUp(target: SModelElementImpl, event: MouseEvent): Action[] {
    const source = this.source;
    this.source = undefined;
    if (this.line) { this.line.remove(); this.line = undefined; }
    const node = nodeOf(target);
    if (!source || !node || node.id === source.id) return [];
    const selectedEdges = [...state.selected].map(id => state.edges.get(id)).filter(e => e && !e.tie);
    if (selectedEdges.length === 1 && (selectedEdges[0].sourceId === source.id || selectedEdges[0].targetId === source.id)) {
      const edge = selectedEdges[0];
      tellJava('reconnect', edge.id, edge.sourceId === source.id ? 'source' : 'target', node.id);
    } else {
      showKindMenu(event.clientX, event.clientY, kind => tellJava('createFlow', source.id, node.id, kind));
    }
    return [];
  }

  override doubleClick(target: SModelElementImpl, event: MouseEvent): Action[] {
    const node = nodeOf(target);
    if (node && (node as any).vn?.type === 'community') {
      tellJava('expand', node.id);
      return [];
    }
    const frame = nodeOrFrameOf(target);
    if (!node && frame) {
      tellJava('collapse', String((frame as any).vn.community));
      return [];
    }
    const id = node ? node.id : target instanceof SEdgeImpl ? target.id : undefined;
    if (id) tellJava('rename', id);
    return [];
  }
}

function clientPoint(svgRoot: SVGSVGElement, event: MouseEvent): { x: number; y: number } {
  const r = svgRoot.getBoundingClientRect();
  return { x: event.clientX - r.left, y: event.clientY - r.top };
}

/** The value kinds (with their colours) Java sent with the graph. */
let valueKinds: { kind: string; colour: string }[] = [];

function showKindMenu(x: number, y: number, chosen: (kind: string) => void): void {
  hideKindMenu();
  const menu = document.createElement('div');
  menu.id = 'kind-menu';
  menu.setAttribute('style', `position:fixed;left:${x}px;top:${y}px;background:#fff;border:1px solid #999;box-shadow:2px 2px 6px #0003;`
    + 'font:12px DejaVu Sans,sans-serif;z-index:10;padding:2px 0');
  const title = document.createElement('div');
  title.textContent = 'New flow of kind';
  title.setAttribute('style', 'padding:2px 10px;color:#666');
  menu.appendChild(title);
  for (const k of valueKinds) {
    const item = document.createElement('div');
    item.className = 'kind-item';
    item.textContent = k.kind;
    item.setAttribute('style', `padding:2px 10px;cursor:pointer;border-left:6px solid ${k.colour}`);
    item.addEventListener('mousedown', e => { e.stopPropagation(); hideKindMenu(); chosen(k.kind); });
    menu.appendChild(item);
  }
  document.body.appendChild(menu);
}

function hideKindMenu(): void {
  document.getElementById('kind-menu')?.remove();
}

/** What the client knows of the model Java sent: ids, edge ends, the current selection. */
const state = {
  nodeIds: new Set<string>(),
  edges: new Map<string, { id: string; sourceId: string; targetId: string; tie: boolean }>(),
  selected: new Set<string>(),
  revision: 0
};

const diagramModule = new ContainerModule((bind, unbind, isBound, rebind) => {
  bind(TYPES.ModelSource).to(LocalModelSource).inSingletonScope();
  rebind(TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
  rebind(TYPES.LogLevel).toConstantValue(LogLevel.warn);
  rebind(MoveMouseListener).to(NoMoveWhileConnecting).inSingletonScope();
  bind(ConnectListener).toSelf().inSingletonScope();
  bind(TYPES.MouseListener).toService(ConnectListener);
  const context = { bind, unbind, isBound, rebind };
  configureModelElement(context, 'graph', SGraphImpl, SGraphView);
  configureModelElement(context, 'node:box', SNodeImpl, BoxView);
  configureModelElement(context, 'edge:line', SEdgeImpl, LineView);
  configureModelElement(context, 'node:frame', SNodeImpl, FrameView, { disable: [selectFeature, moveFeature, hoverFeedbackFeature] });
  configureViewerOptions(context, { needsClientLayout: false, needsServerLayout: false, baseDiv: 'sprotty' });
  configureActionHandler(context, SelectAction.KIND, SelectionForwarder);
  configureActionHandler(context, SelectAllAction.KIND, SelectionForwarder);
  configureActionHandler(context, MoveAction.KIND, MoveForwarder);
});

const container = new Container();
loadDefaultModules(container);
container.load(diagramModule);
const source = container.get<LocalModelSource>(TYPES.ModelSource);
const dispatcher = container.get<any>(TYPES.IActionDispatcher);

function fromJava<T extends Action>(action: T): T {
  (action as any)[FROM_JAVA] = true;
  return action;
}



window.setGraph = async (json: string, fit?: boolean) => {
  const t0 = performance.now();
  const graph: SGraph & { valueKinds?: any; revision?: number } = JSON.parse(json);
  valueKinds = graph.valueKinds ?? valueKinds;
  const first = state.nodeIds.size === 0 && state.edges.size === 0;
  const before = state.nodeIds;
  state.nodeIds = new Set();
  state.edges = new Map();
  for (const child of graph.children as any[]) {
    if (child.type === 'node:box') state.nodeIds.add(child.id);
    else if (child.type === 'edge:line') state.edges.set(child.id, { id: child.id, sourceId: child.sourceId, targetId: child.targetId, tie: child.vn?.tie });
  }
  // a morph of many boxes appearing or going (a community expanded or collapsed, grouping switched) is slow and
  // tells nothing: such an update is drawn at once
  let changed = 0;
  state.nodeIds.forEach(id => { if (!before.has(id)) changed++; });
  before.forEach(id => { if (!state.nodeIds.has(id)) changed++; });
  const animate = changed <= 20;
  // the selection survives an update for the elements that are still there
  const keep = [...state.selected].filter(id => state.nodeIds.has(id) || state.edges.has(id));
  for (const child of graph.children as any[]) if (keep.includes(child.id)) child.selected = true;
  state.selected = new Set(keep);
  try {
    if (first) {
      await source.setModel(graph);
      await dispatcher.dispatch(FitToScreenAction.create([...state.nodeIds], { padding: 20, animate: false, maxZoom: 1.2 }));
    } else {
      if (animate) {
        await source.updateModel(graph);
      } else {
        (source as any).currentRoot = graph;
        await dispatcher.dispatch(UpdateModelAction.create(graph, { animate: false }));
      }
      if (fit) await dispatcher.dispatch(FitToScreenAction.create([...state.nodeIds], { padding: 20, animate: false, maxZoom: 1.2 }));
    }
  } catch (e) {
    // an animated update that fails must not leave a stale picture: draw the new model as it is
    tellJava('error', 'update failed, redrawn: ' + e);
    const current: any = source.model;
    (graph as any).scroll = current?.scroll;
    (graph as any).zoom = current?.zoom;
    await source.setModel(graph);
  }
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  state.revision = graph.revision ?? state.revision + 1;
  document.body.setAttribute('data-revision', String(state.revision));
  const ms = Math.round(performance.now() - t0);
  tellJava('rendered', ms, state.revision);
  return 'ok ' + ms + 'ms';
};

window.selectIds = (ids: string[]) => {
  const present = ids.filter(id => state.nodeIds.has(id) || state.edges.has(id));
  state.selected = new Set(present);
  dispatcher.dispatch(fromJava(SelectAllAction.create({ select: false })));
  dispatcher.dispatch(fromJava(SelectAction.create({ selectedElementsIDs: present, deselectedElementsIDs: [] })));
  if (present.length) dispatcher.dispatch(fromJava(CenterAction.create(present, { animate: true, retainZoom: true })));
};

// the ids are given: with none, Sprotty fits the selection
window.fit = (animate = true) => { dispatcher.dispatch(FitToScreenAction.create([...state.nodeIds], { padding: 20, animate, maxZoom: 1.2 })); };

window.fitIds = (ids: string[], animate = true) => {
  const present = ids.filter(id => state.nodeIds.has(id));
  if (present.length) dispatcher.dispatch(FitToScreenAction.create(present, { padding: 40, animate, maxZoom: 1.2 }));
};

document.addEventListener('keydown', event => {
  if (event.key === 'Escape') hideKindMenu();
  const ids = [...state.selected];
  if (ids.length === 0) return;
  if (event.key === 'Delete' || event.key === 'Backspace') { tellJava('delete', JSON.stringify(ids)); event.preventDefault(); }
  if (event.key === 'F2') { tellJava('rename', ids[0]); event.preventDefault(); }
});

window.addEventListener('unhandledrejection', e => tellJava('error', 'unhandled: ' + (e as any).reason));

window.__diag = { container, source, dispatcher, state };
if (window.javaBridge) tellJava('ready', 0); else window.addEventListener('load', () => tellJava('ready', 'on-load'));
