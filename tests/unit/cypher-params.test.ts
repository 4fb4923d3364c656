/** Console parameters, cells, links and the rate limiter: pure parts of the console. */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { RateLimiter, clientKey } from "@/lib/api/rate-limit";
import { consoleHref, exploreLinkFor, isEmptyParams, readConsoleParams } from "@/lib/cypher/console-url";
import { consoleError } from "@/lib/cypher/errors";
import { convertConsoleParams, isPlainParameterName, parseParamsText } from "@/lib/cypher/params";
import { convertParams, PARAM_LIMITS } from "@/lib/neo4j/params";
import { toCell } from "@/lib/cypher/values";

describe("parameters", () => {
  it("turn whole numbers into INTEGER and keep other numbers as floats", () => {
    const r = convertParams({ i: 42, f: 1.5, l: [1, 2.5], m: { k: -3 }, s: "百度", b: true, n: null });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(neo4j.isInt(r.params.i)).toBe(true);
    expect(String(r.params.i)).toBe("42");
    expect(r.params.f).toBe(1.5);
    const l = r.params.l as unknown[];
    expect(neo4j.isInt(l[0])).toBe(true);
    expect(l[1]).toBe(2.5);
    expect(neo4j.isInt((r.params.m as Record<string, unknown>).k)).toBe(true);
    expect(r.params).toMatchObject({ s: "百度", b: true, n: null });
  });

  it("must be an object with plain names", () => {
    expect(convertParams([1])).toMatchObject({ ok: false });
    expect(convertParams("x")).toMatchObject({ ok: false });
    expect(convertParams({ "a b": 1 })).toMatchObject({ ok: false });
    expect(convertParams(undefined)).toEqual({ ok: true, params: {} });
  });

  it("refuse deep nesting and huge trees as too large", () => {
    let deep: unknown = 1;
    for (let i = 0; i < PARAM_LIMITS.maxDepth + 1; i++) deep = [deep];
    expect(convertParams({ deep })).toMatchObject({ ok: false, tooLarge: true });
    expect(convertParams({ many: new Array(PARAM_LIMITS.maxValues + 1).fill(0) })).toMatchObject({ ok: false, tooLarge: true });
  });

  it("refuse integers JSON cannot carry exactly", () => {
    expect(convertParams({ big: 2 ** 60 })).toMatchObject({ ok: false });
  });

  it("take every name Neo4j takes in the console: identifiers, digit-only names, names for backticks", () => {
    const names = ["name", "_x", "1", "0", "42", "01", "名前", "my name", "a-b", "`tick`", "", "__proto__", "x".repeat(300)];
    const r = convertConsoleParams(Object.fromEntries(names.map((n, i) => [n, i])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.params).sort()).toEqual([...names].sort());
    expect(names.every((n, i) => String(r.params[n]) === String(i) && neo4j.isInt(r.params[n]))).toBe(true);
    expect(convertConsoleParams({ "1": 1.5, list: [1, "a"] })).toMatchObject({ ok: true, params: { "1": 1.5 } });
  });

  it("keep every other check in the console, naming the parameter as written", () => {
    expect(convertConsoleParams([1])).toMatchObject({ ok: false });
    expect(convertConsoleParams("x")).toMatchObject({ ok: false });
    expect(convertConsoleParams(undefined)).toEqual({ ok: true, params: {} });
    expect(convertConsoleParams({ "my big": 2 ** 60 })).toMatchObject({ ok: false, reason: expect.stringContaining('"my big"') });
    expect(convertConsoleParams({ "1": [1, Number.MAX_SAFE_INTEGER + 2] })).toMatchObject({ ok: false, reason: expect.stringContaining('"1[1]"') });
    let deep: unknown = 1;
    for (let i = 0; i < PARAM_LIMITS.maxDepth + 1; i++) deep = [deep];
    expect(convertConsoleParams({ "deep one": deep })).toMatchObject({ ok: false, tooLarge: true });
    const many = Object.fromEntries(Array.from({ length: PARAM_LIMITS.maxTopLevelKeys + 1 }, (_, i) => [String(i), i]));
    expect(convertConsoleParams(many)).toMatchObject({ ok: false, tooLarge: true });
  });

  it("say which names need no backticks", () => {
    for (const n of ["name", "_x", "名前", "1", "0", "42"]) expect(isPlainParameterName(n), n).toBe(true);
    for (const n of ["my name", "01", "1a", "a-b", ""]) expect(isPlainParameterName(n), n).toBe(false);
  });

  it("parse from text with a byte cap", () => {
    expect(parseParamsText('{"a": 1}', 100)).toEqual({ ok: true, value: { a: 1 } });
    expect(parseParamsText("{nope", 100)).toMatchObject({ ok: false });
    expect(parseParamsText(`{"a": "${"x".repeat(200)}"}`, 100)).toMatchObject({ ok: false, tooLarge: true });
  });
});

describe("cells", () => {
  it("tag what JSON cannot tell apart", () => {
    expect(toCell(neo4j.int(7))).toBe(7);
    expect(toCell(neo4j.int("9007199254740993"))).toEqual({ _kind: "integer", value: "9007199254740993" });
    expect(toCell(new neo4j.types.Date(2023, 3, 16))).toEqual({ _kind: "date", value: "2023-03-16" });
    expect(toCell(new neo4j.types.Duration(14, 0, 0, 0))).toEqual({ _kind: "duration", value: "P1Y2M" });
    expect(toCell(Number.NaN)).toEqual({ _kind: "float", value: "NaN" });
    expect(toCell([1, null, { a: neo4j.int(1) }])).toEqual([1, null, { a: 1 }]);
  });
});

describe("links", () => {
  it("carry the query and leave empty parameters out", () => {
    expect(consoleHref("RETURN 1", "{}")).toBe("/en/console?q=RETURN+1");
    expect(consoleHref("RETURN $a", '{"a": 1}')).toBe("/en/console?q=RETURN+%24a&p=%7B%22a%22%3A+1%7D");
    expect(isEmptyParams(" { } ")).toBe(true);
  });

  it("round-trip CJK and newlines", () => {
    const q = "MATCH (n {name_zh: '百度'})\nRETURN n";
    const href = consoleHref(q, '{"x": "文心"}')!;
    const sp = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(readConsoleParams(sp)).toEqual({ query: q, paramsText: '{"x": "文心"}' });
  });

  it("are not made for queries too long to share", () => {
    expect(consoleHref("RETURN 1 // " + "x".repeat(7_000), "{}")).toBeUndefined();
  });

  it("open the result's nodes in the explorer, leaving out ids it would refuse", () => {
    const { href, count } = exploreLinkFor(["company:baidu", "model:ernie-bot", "not an id"]);
    expect(count).toBe(2);
    expect(href).toMatch(/^\/en\/explore\?n=/);
    expect(decodeURIComponent(href)).toContain("company:baidu,model:ernie-bot");
  });
});

describe("errors", () => {
  it("give a syntax error's line and column in the user's text (the EXPLAIN line not counted)", () => {
    const e = consoleError(
      { code: "Neo.ClientError.Statement.SyntaxError", message: "Invalid input 'RETRUN': expected … (line 3, column 1 (offset: 18))\n\"EXPLAIN\"\n ^" },
      { timeoutMs: 5000, explained: true },
    );
    expect(e).toMatchObject({ code: "syntax_error", message: "Syntax error at line 2, column 1: Invalid input 'RETRUN': expected …" });
  });

  it("say a timeout with its limit", () => {
    expect(consoleError({ code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", message: "x" }, { timeoutMs: 5000, explained: false })).toMatchObject({
      code: "timeout",
      message: expect.stringContaining("5 s"),
    });
  });
});

describe("the rate limiter", () => {
  it("lets a burst of the limit through, then refuses with a Retry-After, then refills", () => {
    let t = 0;
    const l = new RateLimiter(3, () => t);
    expect([l.take("a").ok, l.take("a").ok, l.take("a").ok]).toEqual([true, true, true]);
    expect(l.take("a")).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(l.take("b").ok).toBe(true);
    t += 20_000;
    expect(l.take("a").ok).toBe(true);
  });

  it("is off at 0", () => {
    const l = new RateLimiter(0);
    for (let i = 0; i < 100; i++) expect(l.take("a").ok).toBe(true);
  });

  it("behind a trusted proxy, keys by the first X-Forwarded-For hop, else one shared key", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }), true)).toBe("203.0.113.9");
    expect(clientKey(new Headers({ "x-real-ip": "203.0.113.7" }), true)).toBe("203.0.113.7");
    expect(clientKey(new Headers(), true)).toBe("shared");
  });

  it("without a trusted proxy, ignores forwarded addresses a client could invent", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "203.0.113.9" }), false)).toBe("shared");
  });
});

describe("links in the interface's language", () => {
  it("keep the locale's path segment", () => {
    expect(consoleHref("RETURN 1", "{}", "ja")).toBe("/ja/console?q=RETURN+1");
    expect(exploreLinkFor(["company:baidu"], "zh").href).toBe("/zh/explore?n=company:baidu");
  });
});

describe("errors in the page's language", () => {
  it("an English page shows the API's own message; another language the code's message, the position kept", async () => {
    const { ApiError, errorPosition, errorProblem } = await import("@/lib/client/api");
    const { say } = await import("@/lib/i18n/messages");
    const e = new ApiError(422, "syntax_error", "Syntax error at line 2, column 1: Invalid input 'RETRUN'");
    expect(e.shownIn("en", (m) => say("en", m))).toBe("Syntax error at line 2, column 1: Invalid input 'RETRUN'");
    expect(e.shownIn("ja", (m) => say("ja", m))).toBe("クエリに構文エラーがあります。");
    expect(e.shownIn("zh", (m) => say("zh", m))).toBe("查询存在语法错误。");
    expect(errorPosition(e)).toEqual({ line: 2, column: 1 });
    expect(errorProblem("no_such_code")).toEqual({ key: "errors.message.internal" });
    for (const code of ["bad_request", "not_found", "payload_too_large", "rate_limited", "forbidden", "refused", "syntax_error", "timeout", "resource_limit", "database_unavailable", "console_disabled", "internal", "network"]) {
      expect(say("ja", errorProblem(code)), code).not.toBe(say("en", errorProblem(code)));
    }
  });
});
