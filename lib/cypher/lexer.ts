/**
 * A small Cypher lexer for the console's guard. It does not parse Cypher; it only has to be right about what is
 * code and what is not: comments (`//…`, `/* … *\/`), string literals ('…', "…" with backslash escapes) and
 * backtick-quoted names (`` `…` `` with doubled backticks). Everything the rules look at (keywords, procedure and
 * function names, `;`) is then read from code tokens only, so nothing can hide in a comment or a string, and
 * nothing in a string can be mistaken for code. Pure: used by the server guard and its unit tests.
 */

export type TokenKind = "word" | "quoted" | "string" | "number" | "param" | "punct";

export interface Token {
  kind: TokenKind;
  /** For `word` the text as written; for `quoted` and `string` the decoded content; else the raw text. */
  text: string;
  /** Offset of the token's first character in the query. */
  offset: number;
}

/** Why the text cannot be lexed; `offset` points at the offending character. */
export class LexError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "LexError";
  }
}

const isWordStart = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
const isWordChar = (c: string) => isWordStart(c) || (c >= "0" && c <= "9");
const isDigit = (c: string) => c >= "0" && c <= "9";
const ID_START = /^\p{ID_Start}$/u;
const ID_CONTINUE = /^\p{ID_Continue}$/u;
/** The only whitespace accepted between tokens: Unicode spaces (NBSP, zero-width, ideographic…) are refused. */
const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";

/** 1-based line and column of an offset, for messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return cp < 0x20 || cp === 0x7f || /\s|[\u200b-\u200f\u2060\ufeff]/.test(ch) ? hex : `"${ch}" (${hex})`;
}

/**
 * Splits a query into code tokens, dropping whitespace and comments. Throws LexError on an unterminated comment,
 * string or quoted name, on control characters anywhere, and on any non-ASCII character outside strings, comments,
 * backtick-quoted names and parameter names (fullwidth letters, zero-width spaces, Cyrillic look-alikes…: a
 * parameter name may be in any script, `$名前`, since it can never be read as a keyword).
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const n = query.length;
  let i = 0;
  while (i < n) {
    const c = query[i];
    const code = c.charCodeAt(0);
    if ((code < 0x20 && !isSpace(c)) || code === 0x7f) {
      throw new LexError(`contains the control character ${describeChar(c)}`, i);
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === "/" && query[i + 1] === "/") {
      while (i < n && query[i] !== "\n" && query[i] !== "\r") i = checkedNext(query, i);
      continue;
    }
    if (c === "/" && query[i + 1] === "*") {
      const end = query.indexOf("*/", i + 2);
      if (end < 0) throw new LexError("has a comment that is never closed (/* without */)", i);
      for (let j = i + 2; j < end; j = checkedNext(query, j));
      i = end + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i;
      let text = "";
      i++;
      for (;;) {
        if (i >= n) throw new LexError(`has a string that is never closed (${c} without a matching ${c})`, start);
        const d = query[i];
        if (d === "\\") {
          if (i + 1 >= n) throw new LexError("has a string that ends in a lone backslash", i);
          text += query[i + 1];
          i = checkedNext(query, i + 1);
          continue;
        }
        if (d === c) break;
        text += d;
        i = checkedNext(query, i);
      }
      i++;
      tokens.push({ kind: "string", text, offset: start });
      continue;
    }
    if (c === "`") {
      const start = i;
      let text = "";
      i++;
      for (;;) {
        if (i >= n) throw new LexError("has a name in backticks that is never closed", start);
        if (query[i] === "`") {
          if (query[i + 1] === "`") {
            text += "`";
            i += 2;
            continue;
          }
          break;
        }
        text += query[i];
        i = checkedNext(query, i);
      }
      i++;
      tokens.push({ kind: "quoted", text, offset: start });
      continue;
    }
    if (c === "$") {
      // A parameter: `$` then a name, as Neo4j reads it — letters, digits and _ (`$name`, `$1`), an identifier
      // in any script (`$名前`: Unicode ID_Start, then ID_Continue), or a quoted name (`` $`my name` ``: the quoted
      // token follows; a name never counts as a keyword). Neo4j allows spaces and comments between `$` and the
      // name: a `$` alone is joined with the name after it at the end. Where Neo4j's identifier characters and
      // Unicode's differ, Neo4j's lexer sees an error character (checked against Neo4j 5.26's own lexer), so a
      // name read here is never shorter than Neo4j's in a way that could leave a keyword behind.
      const start = i;
      i++;
      if (query[i] === "`") continue;
      while (i < n) {
        const cp = query.codePointAt(i) ?? 0;
        const ch = String.fromCodePoint(cp);
        if (isWordChar(ch) || (cp > 0x7f && (i === start + 1 ? ID_START : ID_CONTINUE).test(ch))) i += ch.length;
        else break;
      }
      tokens.push({ kind: "param", text: query.slice(start, i), offset: start });
      continue;
    }
    if (isWordStart(c)) {
      const start = i;
      while (i < n && isWordChar(query[i])) i++;
      tokens.push({ kind: "word", text: query.slice(start, i), offset: start });
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      while (i < n && isWordChar(query[i])) i++;
      tokens.push({ kind: "number", text: query.slice(start, i), offset: start });
      continue;
    }
    if (code > 0x7e) throw new LexError(`contains ${describeChar(String.fromCodePoint(query.codePointAt(i) ?? code))} outside a string or a \`quoted\` name`, i);
    tokens.push({ kind: "punct", text: c, offset: i });
    i++;
  }
  return joinLoneDollars(tokens);
}

/** `$ name` and `$ /* … *\/ 1` are parameters in Neo4j: a lone `$` takes the word or number after it as its name. */
function joinLoneDollars(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.kind === "param" && t.text === "$" && next && (next.kind === "word" || next.kind === "number")) {
      out.push({ kind: "param", text: `$${next.text}`, offset: t.offset });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Advances past one character inside a comment or literal, refusing control characters there too. */
function checkedNext(query: string, i: number): number {
  const c = query[i];
  const code = c.charCodeAt(0);
  if ((code < 0x20 && !isSpace(c)) || code === 0x7f) throw new LexError(`contains the control character ${describeChar(c)}`, i);
  return i + 1;
}
