// graphology-gexf's writer on its own: the package's browser entry also loads its parser, which needs DOMParser at
// import time (absent in Node, where the tests run); the writer needs nothing of the DOM.
declare module "graphology-gexf/common/writer.js" {
  import type { Attributes } from "graphology-types";
  import type Graph from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  export default function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: Graph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}
