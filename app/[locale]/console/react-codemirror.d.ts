/**
 * Types for @neo4j-cypher/react-codemirror 1.0.x: the package ships them (src/CypherEditor.d.ts) but its
 * package.json "exports" hides them from TypeScript's bundler resolution. The props the console uses, as documented
 * there.
 */
declare module "@neo4j-cypher/react-codemirror" {
  import type { ComponentType } from "react";
  import type { EditorSupportSchema } from "@neo4j-cypher/editor-support";

  export interface CypherEditorProps {
    value?: string;
    onValueChanged?: (value: string, changes?: unknown) => void;
    schema?: EditorSupportSchema;
    autocomplete?: boolean;
    lint?: boolean;
    autofocus?: boolean;
    lineNumbers?: boolean;
    lineWrapping?: boolean;
    placeholder?: string;
    readOnly?: boolean;
    theme?: "light" | "dark" | "auto";
    className?: string;
    focusedClassName?: string;
    style?: React.CSSProperties;
    /** Called once the editor exists; `codemirror` is its CodeMirror 6 EditorView. */
    onEditorCreated?: (editor: { codemirror: { contentDOM: HTMLElement } }) => void;
  }

  export const CypherEditor: ComponentType<CypherEditorProps>;
}
