/**
 * The console's first gate, on the text: one statement, no writes, loads, other databases, batches, schema or
 * administration commands, only procedures the policy allows (allow-list.ts: the built-ins, and this server's
 * read-only ones when the catalogue is given) and only built-in namespaced functions. It reads code tokens from
 * the lexer, so comments and string literals can neither hide nor fake anything. The second gate is the plan
 * (plan-guard.ts), and the third the READ session itself. Pure.
 */
import {
  ALLOWED_FUNCTION_NAMESPACES,
  ALLOWED_PROCEDURES,
  allowedProceduresSentence,
  deniedProcedure,
  FORBIDDEN_WORDS,
  procedureVerdict,
  STATEMENT_START_WORDS,
  type ProcedureCatalogue,
} from "./allow-list";
import { LexError, lineColumn, tokenize, type Token } from "./lexer";

export type TextVerdict =
  | { ok: true; /** The query to run: the text, without a trailing `;`. */ query: string }
  | { ok: false; reason: string; line?: number; column?: number };

const isName = (t: Token | undefined) => !!t && (t.kind === "word" || t.kind === "quoted");
const isPunct = (t: Token | undefined, p: string) => !!t && t.kind === "punct" && t.text === p;

/** A bare word is a keyword candidate: not a property (`n.set`), label (`:Create`), parameter or map key. */
function isBareWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== "word") return false;
  const prev = tokens[i - 1];
  if (isPunct(prev, ".") || isPunct(prev, ":")) return false;
  if (isPunct(tokens[i + 1], ":") && (isPunct(prev, "{") || isPunct(prev, ","))) return false;
  return true;
}

/** Reads a dotted name (`db.index.fulltext.queryNodes`, `` `db`.`labels` ``) starting at i. */
function readDottedName(tokens: Token[], i: number): { name: string; parts: number; next: number } {
  const parts: string[] = [];
  let j = i;
  while (isName(tokens[j])) {
    parts.push(...tokens[j].text.split("."));
    j++;
    if (isPunct(tokens[j], ".") && isName(tokens[j + 1])) j++;
    else break;
  }
  return { name: parts.join("."), parts: parts.length, next: j };
}

/**
 * Checks a query's text. `procedures`: this server's catalogue (procedures.ts); without it only the always-allowed
 * built-ins may be called. Never throws.
 */
export function checkQueryText(query: string, procedures?: ProcedureCatalogue): TextVerdict {
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch (e) {
    if (e instanceof LexError) return refuse(query, `The query ${e.message}.`, e.offset);
    throw e;
  }
  if (tokens.length === 0) return { ok: false, reason: "The query is empty." };

  let end = query.length;
  const semi = tokens.findIndex((t) => isPunct(t, ";"));
  if (semi >= 0) {
    if (semi < tokens.length - 1) {
      return refuse(query, "Only one statement per query: remove the `;` and what follows it.", tokens[semi].offset);
    }
    end = tokens[semi].offset;
    tokens = tokens.slice(0, semi);
    if (tokens.length === 0) return { ok: false, reason: "The query is empty." };
  }

  const first = tokens[firstClause(tokens)];
  if (!first || first.kind !== "word" || !STATEMENT_START_WORDS.has(first.text.toLowerCase())) {
    const why = first && FORBIDDEN_WORDS.get(first.text.toLowerCase());
    const what = why
      ? `Refused: ${first.text.toUpperCase()} ${why}.`
      : `Refused: ${first ? `a query cannot start with "${first.text}"` : "the query has no clause after CYPHER"}; a console query starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CALL.`;
    return refuse(query, what, first?.offset ?? 0);
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isBareWord(tokens, i)) continue;
    const word = t.text.toLowerCase();
    const why = FORBIDDEN_WORDS.get(word);
    if (why) return refuse(query, `Refused: ${t.text.toUpperCase()} ${why}.`, t.offset);

    if (word === "call") {
      const next = tokens[i + 1];
      if (isPunct(next, "{") || isPunct(next, "(")) continue; // a subquery; its body is checked like the rest
      if (!isName(next)) return refuse(query, "CALL must be followed by a subquery or a procedure name.", t.offset);
      const { name } = readDottedName(tokens, i + 1);
      const verdict = procedureVerdict(name, procedures);
      if (!verdict.ok) {
        return refuse(query, `Refused: the procedure ${name} is not available in the console: ${verdict.why}. ${allowedProceduresSentence()}`, next.offset);
      }
      continue;
    }
  }

  // Namespaced function calls: `ns.fn(`. Built-in namespaces only (no apoc.*, gds.*, db.*, …).
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i]) || isPunct(tokens[i - 1], ".")) continue;
    const prev = tokens[i - 1];
    if (prev && prev.kind === "word" && prev.text.toLowerCase() === "call") continue;
    const { name, parts, next } = readDottedName(tokens, i);
    if (parts < 2 || !isPunct(tokens[next], "(")) continue;
    const ns = name.split(".")[0].toLowerCase();
    if (!ALLOWED_FUNCTION_NAMESPACES.has(ns)) {
      return refuse(query, `Refused: the function ${name} is not available in the console (only built-in functions are).`, tokens[i].offset);
    }
  }
  return { ok: true, query: query.slice(0, end) };
}

/** Index of the first clause, after `CYPHER [version] [option=value …]`. */
function firstClause(tokens: Token[]): number {
  let i = 0;
  if (!(tokens[0]?.kind === "word" && tokens[0].text.toLowerCase() === "cypher")) return 0;
  i = 1;
  if (tokens[i]?.kind === "number") i++;
  if (isPunct(tokens[i], ".") && tokens[i + 1]?.kind === "number") i += 2;
  while (tokens[i]?.kind === "word" && isPunct(tokens[i + 1], "=") && tokens[i + 2] && tokens[i + 2].kind !== "punct") i += 3;
  return i;
}

/**
 * The procedures a query's text calls (`CALL name`, not subqueries), as written; [] when it cannot be lexed.
 */
export function calledProcedures(query: string): string[] {
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch {
    return [];
  }
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isBareWord(tokens, i) || tokens[i].text.toLowerCase() !== "call" || !isName(tokens[i + 1])) continue;
    names.push(readDottedName(tokens, i + 1).name);
  }
  return names;
}

/**
 * True when the text calls a procedure whose verdict depends on what the server reports (neither always allowed
 * nor in a denied family): only then is the catalogue worth asking for.
 */
export function needsProcedureCatalogue(query: string): boolean {
  return calledProcedures(query).some((name) => !ALLOWED_PROCEDURES.has(name.toLowerCase()) && !deniedProcedure(name));
}

function refuse(query: string, reason: string, offset: number): TextVerdict {
  const { line, column } = lineColumn(query, offset);
  return { ok: false, reason: `${reason} (line ${line}, column ${column})`, line, column };
}
