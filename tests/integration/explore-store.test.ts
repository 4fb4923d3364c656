/**
 * The explorer's store (lib/explore/store.ts) against the real server, with the browser's history replaced by a
 * list: how actions write the URL (new entries, replacements), how undo and Back walk the trail, how a link is
 * rewritten in its canonical form, and what the store drops and says once the data is in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExplorerStore, type HistoryPort } from "@/lib/explore/store";
import { dataKey } from "@/lib/url/view-state";
import { baseUrl } from "../support/neo4j";

/** A browser history as a list of query strings; `back`/`forward` report the new location like popstate does. */
class MemoryHistory implements HistoryPort {
  entries: string[];
  pos = 0;
  onMove?: (search: string) => void;
  constructor(first: string) {
    this.entries = [first];
  }
  private q = (href: string) => href.replace(/^\/(?:(?:en|ja|zh)\/)?explore\??/, "");
  push(href: string) {
    this.entries = [...this.entries.slice(0, this.pos + 1), this.q(href)];
    this.pos++;
  }
  replace(href: string) {
    this.entries[this.pos] = this.q(href);
  }
  back() {
    if (this.pos > 0) this.onMove?.(this.entries[--this.pos]);
  }
  forward() {
    if (this.pos < this.entries.length - 1) this.onMove?.(this.entries[++this.pos]);
  }
  search() {
    return this.entries[this.pos];
  }
}

function open(search: string) {
  const history = new MemoryHistory(search);
  const store = new ExplorerStore(history, search, { loadingDelayMs: 10_000 });
  history.onMove = (s) => store.locationChanged(s);
  store.connect();
  return { store, history };
}

/** Resolves once the store has data for its current state. */
function loaded(store: ExplorerStore): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      const { data, state } = store.getSnapshot();
      return data.version > 0 && !data.loading && data.builtFor === dataKey(state);
    };
    if (done()) return resolve();
    const off = store.subscribe(() => {
      if (!done()) return;
      off();
      resolve();
    });
  });
}

const realFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => realFetch(`${baseUrl()}${String(input)}`, init)) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe("the explorer's store", () => {
  it("rewrites a link in its canonical form in place, without a new history entry", async () => {
    const { store, history } = open("s=company%3Aiflytek&n=company%3Aiflytek");
    expect(history.entries).toEqual(["n=company:iflytek&s=company:iflytek"]);
    await loaded(store);
    expect(store.graph.hasNode("model:iflytek-spark")).toBe(true);
  });

  it("pushes an expansion, replaces a selection, and undo walks back to the state before", async () => {
    const { store, history } = open("n=company:iflytek");
    await loaded(store);
    const before = store.graph.order;
    store.dispatch({ type: "select", id: "model:iflytek-spark" });
    expect(history.entries).toEqual(["n=company:iflytek&s=model:iflytek-spark"]);
    store.dispatch({ type: "expand", id: "model:iflytek-spark" });
    expect(history.entries).toEqual(["n=company:iflytek&s=model:iflytek-spark", "n=company:iflytek&x=model:iflytek-spark&s=model:iflytek-spark"]);
    expect(store.getSnapshot()).toMatchObject({ canUndo: true, canRedo: false });
    await loaded(store);
    expect(store.graph.order).toBeGreaterThan(before);

    store.dispatch({ type: "undo" });
    expect(store.getSnapshot().state.steps).toEqual([]);
    expect(store.getSnapshot()).toMatchObject({ canUndo: false, canRedo: true });
    await loaded(store);
    expect(store.graph.order).toBe(before);
    store.dispatch({ type: "redo" });
    expect(store.getSnapshot().state.steps).toEqual([{ op: "expand", id: "model:iflytek-spark" }]);
  });

  it("an action that changes nothing writes nothing", async () => {
    const { store, history } = open("n=company:iflytek&s=company:iflytek");
    store.dispatch({ type: "select", id: "company:iflytek" });
    store.dispatch({ type: "lang", lang: "en" });
    expect(history.entries).toEqual(["n=company:iflytek&s=company:iflytek"]);
    await loaded(store);
  });

  it("drops what a link names that no longer exists, says so, and replaces the entry", async () => {
    const { store, history } = open("n=company:iflytek,company:no-such-company&s=company:no-such-company&p=company:gone~1~2");
    await loaded(store);
    await new Promise((r) => setTimeout(r, 0));
    expect(history.entries).toEqual(["n=company:iflytek"]);
    expect(store.getSnapshot().ui.notice).toContain("company:no-such-company");
    expect(store.getSnapshot().state.nodes).toEqual(["company:iflytek"]);
  });

  it("a busy node asked to expand is selected with a notice; a quiet one expands", async () => {
    const { store, history } = open("n=model:ernie-bot,company:iflytek");
    await loaded(store);
    store.dispatch({ type: "requestExpand", id: "model:ernie-bot" });
    await expect.poll(() => store.getSnapshot().state.selected).toBe("model:ernie-bot");
    expect(store.getSnapshot().ui.notice).toMatch(/ERNIE Bot has \d+ relationships/);
    expect(history.entries).toHaveLength(1);
    store.dispatch({ type: "requestExpand", id: "company:iflytek" });
    await expect.poll(() => history.entries.length).toBe(2);
    expect(store.getSnapshot().state.steps).toEqual([{ op: "expand", id: "company:iflytek" }]);
  });

  it("reports a link it cannot read, and loads nothing", async () => {
    const { store } = open("n=Not%20An%20Id");
    expect(store.getSnapshot().error).toContain('"Not An Id" is not a node id');
    await new Promise((r) => setTimeout(r, 200));
    expect(store.getSnapshot().data.version).toBe(0);
  });

  it("a new link followed (not Back or Forward) starts a new trail", async () => {
    const { store } = open("n=company:iflytek");
    store.dispatch({ type: "expand", id: "company:iflytek" });
    expect(store.getSnapshot().canUndo).toBe(true);
    store.locationChanged("v=alibaba-portfolio");
    expect(store.getSnapshot()).toMatchObject({ canUndo: false, canRedo: false, state: { view: "alibaba-portfolio" } });
    await loaded(store);
    expect(store.getSnapshot().data.view?.slug).toBe("alibaba-portfolio");
  });
});
