"use client";
/**
 * The query editor: Neo4j's own CodeMirror 6 Cypher support (@neo4j-cypher/react-codemirror) — highlighting,
 * linting and autocompletion of this database's labels, relationship types, property keys, the allowed
 * procedures and the current parameters. Ctrl/Cmd+Enter runs. Loaded in the browser only. Its text area is named
 * in the page's language; its colours are the package's, darkened to WCAG AA contrast (cypher-theme.css).
 */
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import "./cypher-theme.css";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { EditorSupportSchema } from "@neo4j-cypher/editor-support";
import type { ConsoleSchema } from "@/lib/cypher/schema";

const CypherEditor = dynamic(() => import("@neo4j-cypher/react-codemirror").then((m) => m.CypherEditor), {
  ssr: false,
  loading: () => <EditorLoading />,
});

function EditorLoading() {
  const t = useTranslations("console");
  return <div className="h-40 animate-pulse rounded bg-slate-100" aria-label={t("loadingEditor")} />;
}

const PROCEDURES: EditorSupportSchema["procedures"] = [
  { name: "db.labels", signature: "() :: (label :: STRING)", returnItems: [{ name: "label", signature: "STRING" }] },
  { name: "db.relationshipTypes", signature: "() :: (relationshipType :: STRING)", returnItems: [{ name: "relationshipType", signature: "STRING" }] },
  { name: "db.propertyKeys", signature: "() :: (propertyKey :: STRING)", returnItems: [{ name: "propertyKey", signature: "STRING" }] },
  {
    name: "db.schema.visualization",
    signature: "() :: (nodes :: LIST<NODE>, relationships :: LIST<RELATIONSHIP>)",
    returnItems: [
      { name: "nodes", signature: "LIST<NODE>" },
      { name: "relationships", signature: "LIST<RELATIONSHIP>" },
    ],
  },
  {
    name: "db.index.fulltext.queryNodes",
    signature: "(indexName :: STRING, queryString :: STRING) :: (node :: NODE, score :: FLOAT)",
    returnItems: [
      { name: "node", signature: "NODE" },
      { name: "score", signature: "FLOAT" },
    ],
  },
];

export interface CypherInputProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  schema: ConsoleSchema;
  parameterNames: string[];
}

export function CypherInput({ value, onChange, onRun, schema, parameterNames }: CypherInputProps) {
  const t = useTranslations("console");
  const label = t("editor");
  const editorSchema = useMemo<EditorSupportSchema>(
    // The procedures this server lets the console call (lib/cypher/procedures.ts), else the built-ins we know.
    () => ({ ...schema, procedures: schema.procedures.length ? schema.procedures : PROCEDURES, parameters: parameterNames }),
    [schema, parameterNames],
  );
  return (
    <div
      data-testid="cypher-editor"
      className="cypher-console overflow-hidden rounded border border-slate-300 bg-white focus-within:border-indigo-500"
      // Capture phase: runs before CodeMirror's own Mod-Enter (insert a blank line) can.
      onKeyDownCapture={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.stopPropagation();
          onRun();
        }
      }}
    >
      <CypherEditor
        value={value}
        onValueChanged={(v: string) => onChange(v)}
        schema={editorSchema}
        lint
        autofocus
        lineWrapping
        placeholder="MATCH (n:Company) RETURN n LIMIT 25"
        className="min-h-32 text-sm"
        // CodeMirror's text area (role=textbox) has no name of its own: it gets the editor's, in the page's language.
        onEditorCreated={(editor) => editor.codemirror.contentDOM.setAttribute("aria-label", label)}
      />
    </div>
  );
}
