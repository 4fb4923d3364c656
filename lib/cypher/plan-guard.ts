/**
 * The console's second gate, on Neo4j's own EXPLAIN plan: the query type must be read-only ('r'), every operator
 * must run on this database (no `@system`), no operator may load files, batch transactions or run a command, and
 * every ProcedureCall must name a procedure the policy allows (allow-list.ts, with this server's catalogue when
 * given); namespaced functions in operator details (procedure arguments included) must be built-ins. Pure: takes
 * the plan as the driver returns it.
 */
import { ALLOWED_FUNCTION_NAMESPACES, allowedProceduresSentence, FORBIDDEN_OPERATOR, procedureVerdict, type ProcedureCatalogue } from "./allow-list";

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

/** Walks the plan; the first problem found is the verdict. `procedures`: as for checkQueryText. */
/** DBMS-mode procedures that only read what the app already publishes (see checkPlan). */
const DBMS_READ_PROCEDURES = new Set(["dbms.components"]);

/** True when the plan calls at least one procedure and every one it calls is in `names`. */
function onlyCalls(plan: PlanLike, names: ReadonlySet<string>): boolean {
  const stack: PlanLike[] = [plan];
  let calls = 0;
  for (let seen = 0; stack.length && seen < 10_000; seen++) {
    const op = stack.pop()!;
    if (op.operatorType.split("@")[0] === "ProcedureCall") {
      const details = typeof op.arguments?.Details === "string" ? op.arguments.Details : "";
      const proc = /^\s*`?([\w.`]+?)`?\s*\(/.exec(details)?.[1]?.replace(/`/g, "").toLowerCase() ?? "";
      if (!names.has(proc)) return false;
      calls++;
    }
    stack.push(...(op.children ?? []));
  }
  return calls > 0 && !stack.length;
}

export function checkPlan(
  queryType: string | undefined,
  plan: PlanLike | false | undefined,
  database: string,
  procedures?: ProcedureCatalogue,
): PlanVerdict {
  // Neo4j types a query that calls a DBMS-mode procedure as a schema/administration one. The one DBMS procedure the
  // console allows (dbms.components: the version and edition GET /api/health publishes) is let through when it is
  // the only procedure the plan calls; the walk below still checks every operator.
  if (queryType !== "r" && !(queryType === "s" && plan && onlyCalls(plan, DBMS_READ_PROCEDURES))) {
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
    let details = typeof op.arguments?.Details === "string" ? op.arguments.Details : "";
    if (name === "ProcedureCall") {
      const head = /^\s*`?([\w.`]+?)`?\s*\(/.exec(details);
      const proc = head?.[1]?.replace(/`/g, "") ?? "";
      const verdict = proc ? procedureVerdict(proc, procedures) : ({ ok: false, why: "the plan does not name it" } as const);
      if (!verdict.ok) {
        return { ok: false, reason: `Refused: the procedure ${proc || "(unknown)"} is not available in the console: ${verdict.why}. ${allowedProceduresSentence()}` };
      }
      details = details.slice(head?.[0].length ?? 0); // the arguments: functions in them are checked below
    }
    for (const m of details.matchAll(/(?<![\w.`$])([A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)+\s*\(/g)) {
      if (!ALLOWED_FUNCTION_NAMESPACES.has(m[1].toLowerCase())) {
        return { ok: false, reason: `Refused: the function ${m[0].replace(/\s*\($/, "")} is not available in the console.` };
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
