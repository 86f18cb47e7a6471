import { LitElement } from 'lit';

/** Events every widget may emit, with their detail types. Widgets extend this map. */
export interface BildungEventMap {
  'bildung-ready': { itemCount: number; problemCount: number };
  'bildung-error': { kind: string; detail?: string };
  'bildung-change': { query: string; filters: Record<string, string[]>; resultCount: number };
}

/**
 * Base class of every bildung-widgets element: a typed `emit()` and a `define()` that tolerates
 * a second registration (two copies of the bundle on one page must not throw).
 */
export class BildungElement extends LitElement {
  /** Dispatches a typed, bubbling, composed custom event (not cancelable: events are cancelable only when asked). */
  protected emit<K extends keyof BildungEventMap>(name: K, detail: BildungEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Registers the class under `tag` unless that tag is already taken. */
  static define(tag: string): void {
    defineElement(tag, this);
  }
}

/** `customElements.define` that does nothing when the tag already exists (bundle loaded twice). */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
