/**
 * A Cypher script (tests/fixtures/<name>/graph.cypher) as the statements a driver can run one by one. Statements
 * end with `;`; a `;` inside a string, a quoted name or a comment does not end one. Comment-only chunks are
 * dropped. Used by scripts/load-fixture.ts and the fixtures' unit test.
 */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "'" || c === '"' || c === "`") {
      // A string or a quoted name: backslash escapes in strings; a doubled backtick in a name.
      i += 1;
      while (i < n) {
        if (c !== "`" && text[i] === "\\") i += 2;
        else if (text[i] === c) {
          if (c === "`" && text[i + 1] === "`") i += 2;
          else break;
        } else i += 1;
      }
      i += 1;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? n : end + 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === ";") {
      out.push(text.slice(start, i));
      i += 1;
      start = i;
    } else i += 1;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => stripComments(s).trim() !== "");
}

/** The text without `//` and `/* *\/` comments (strings kept as they are). */
function stripComments(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "'" || c === '"' || c === "`") {
      const from = i;
      i += 1;
      while (i < s.length && s[i] !== c) i += s[i] === "\\" && c !== "`" ? 2 : 1;
      i += 1;
      out += s.slice(from, i);
    } else if (c === "/" && s[i + 1] === "/") {
      const end = s.indexOf("\n", i);
      i = end < 0 ? s.length : end + 1;
    } else if (c === "/" && s[i + 1] === "*") {
      const end = s.indexOf("*/", i + 2);
      i = end < 0 ? s.length : end + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** True for a schema statement (CREATE/DROP CONSTRAINT or INDEX), which cannot share a transaction with writes. */
export function isSchemaStatement(statement: string): boolean {
  return /^\s*(CREATE|DROP)\s+(OR\s+REPLACE\s+)?((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\s+)?(CONSTRAINT|INDEX)\b/i.test(
    stripComments(statement),
  );
}

/** A Cypher string literal (single quotes) for any text: quotes, backslashes and line breaks escaped. */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}'`;
}
