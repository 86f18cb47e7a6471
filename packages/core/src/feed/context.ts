import { createContext } from '@lit/context';

/** What a `<bildung-quelle>` hands to the widgets inside it. */
export interface SourceContext {
  src?: string;
  lang?: string;
}

export const sourceContext = createContext<SourceContext>(Symbol.for('bildung-widgets/source'));
