/** What a `<bildung-quelle>` hands to the widgets inside it: its `src` and `lang` attributes. */
export interface SourceContext {
  src?: string;
  lang?: string;
}

/**
 * The nearest `<bildung-quelle>` around `element`, also from inside another component's shadow
 * root. The page itself is the context: the quelle's attributes are read where they are, so it
 * does not matter which of the two elements is defined (upgraded) first.
 */
export function enclosingQuelle(element: Element): Element | undefined {
  // Up the tree, and from a shadow root on to its host.
  for (let node = element.parentElement ?? hostOf(element); node; node = hostOf(node)) {
    const quelle = node.closest('bildung-quelle');
    if (quelle) return quelle;
  }
  return undefined;
}

function hostOf(node: Node): Element | undefined {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}
