/**
 * The console's second gate, on Neo4j's own EXPLAIN plan: the query type must be read-only ('r'), every operator
 * must run on this database (no `@system`), no operator may load files, batch transactions or run a command, and
 * every ProcedureCall must name an allow-listed procedure; namespaced functions in operator details must be
 * built-ins. Pure: takes the plan as the driver returns it.
 */
import { ALLOWED_FUNCTION_NAMESPACES, ALLOWED_PROCEDURES, FORBIDDEN_OPERATOR } from "./allow-list";
import { allowedProceduresSentence } from "./text-guard";

/** The parts of the driver's `summary.plan` that the guard reads. */
export interface PlanLike {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanLike[];
}

export type PlanVerdict = { ok: true } | { ok: false; reason: string };

const QUERY_TYPES: Record<string, string> = {
  r: "read-only",
  rw: "read and write",
  w: "write-only",
  s: "schema or administration",
};

/** Walks the plan; the first problem found is the verdict. */
export function checkPlan(queryType: string | undefined, plan: PlanLike | false | undefined, database: string): PlanVerdict {
  if (queryType !== "r") {
    const kind = QUERY_TYPES[queryType ?? ""] ?? `"${queryType ?? "unknown"}"`;
    return { ok: false, reason: `Refused: Neo4j plans this as a ${kind} query; the console only runs read-only queries.` };
  }
  if (!plan) return { ok: false, reason: "Refused: Neo4j returned no plan for this query, so it cannot be checked." };
  const stack: PlanLike[] = [plan];
  let seen = 0;
  while (stack.length) {
    const op = stack.pop()!;
    if (++seen > 10_000) return { ok: false, reason: "Refused: the query's plan is too large to check." };
    const [name, db] = op.operatorType.split("@");
    if (db !== undefined && db !== database) {
      return { ok: false, reason: `Refused: part of this query runs on the database "${db}"; the console reads "${database}" only.` };
    }
    if (FORBIDDEN_OPERATOR.test(name)) {
      return { ok: false, reason: `Refused: the plan contains ${describeOperator(name)}; the console only reads the graph.` };
    }
    const details = typeof op.arguments?.Details === "string" ? op.arguments.Details : "";
    if (name === "ProcedureCall") {
      const proc = /^\s*`?([\w.`]+?)`?\s*\(/.exec(details)?.[1]?.replace(/`/g, "") ?? "";
      if (!ALLOWED_PROCEDURES.has(proc.toLowerCase())) {
        return { ok: false, reason: `Refused: the procedure ${proc || "(unknown)"} is not available in the console. ${allowedProceduresSentence()}` };
      }
    } else {
      for (const m of details.matchAll(/(?<![\w.`$])([A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)+\s*\(/g)) {
        if (!ALLOWED_FUNCTION_NAMESPACES.has(m[1].toLowerCase())) {
          return { ok: false, reason: `Refused: the function ${m[0].replace(/\s*\($/, "")} is not available in the console.` };
        }
      }
    }
    for (const c of op.children ?? []) stack.push(c);
  }
  return { ok: true };
}

function describeOperator(name: string): string {
  if (name === "LoadCSV") return "LOAD CSV";
  if (name.startsWith("Transaction")) return "CALL { … } IN TRANSACTIONS";
  if (/^(Show|Terminate|AdministrationCommand|SystemProcedure)/.test(name)) return `an administration command (${name})`;
  return `a write or schema operation (${name})`;
}
