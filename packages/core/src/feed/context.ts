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
  let node: Element | undefined = element.parentElement ?? undefined;
  if (!node) node = hostOf(element);
  while (node) {
    const quelle = node.closest('bildung-quelle');
    if (quelle) return quelle;
    node = hostOf(node);
  }
  return undefined;
}

function hostOf(node: Node): Element | undefined {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}
